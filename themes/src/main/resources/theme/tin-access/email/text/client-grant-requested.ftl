<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("clientGrantRequestedIntro", service, provider, realmName)}

${msg("clientGrantRequestedDecide")}
${consoleUrl}

${msg("clientGrantRequestedIgnore")}

<@help.signature/>
