<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("joinExpiredIntro", provider, reference)}

<@help.signature/>
