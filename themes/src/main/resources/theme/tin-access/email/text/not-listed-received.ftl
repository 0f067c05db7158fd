<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("notListedReceivedIntro", organization)}

${msg("mailReference")} ${reference}

${msg("notListedReceivedNext")}

<@help.signature/>
