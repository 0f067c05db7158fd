<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("joinSentIntro", provider, reference)}

${msg("joinSentNext", deadline)}

${msg("joinSentNotYou")}

<@help.signature/>
