<#ftl output_format="plainText">
${msg("mailHello", adminFirstName)}

${msg("joinReceivedIntro", requester, provider)}
- ${msg("joinPositionTitleMail")}: ${title}
- ${msg("joinEmailMail")}: ${email}
- ${msg("joinReasonMail")}: ${reason}

${msg("joinReceivedDecide", deadline)}

${msg("emailSignature")}
