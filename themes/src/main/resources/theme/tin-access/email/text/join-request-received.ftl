<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", adminFirstName)}

${msg("joinReceivedIntro", requester, provider)}
- ${msg("joinPositionTitleMail")}: ${title}
- ${msg("joinEmailMail")}: ${email}
- ${msg("joinReasonMail")}: ${reason}

${msg("joinReceivedDecide", deadline)}

<@help.signature/>
