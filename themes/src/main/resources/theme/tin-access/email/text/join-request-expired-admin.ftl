<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", adminFirstName)}

${msg("joinExpiredAdminIntro", requester, provider, reference)}

<@help.signature/>
