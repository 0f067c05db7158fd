<#ftl output_format="plainText">
${msg("mailHello", adminFirstName)}

${msg("joinExpiredAdminIntro", requester, provider, reference)}

${msg("emailSignature")}
