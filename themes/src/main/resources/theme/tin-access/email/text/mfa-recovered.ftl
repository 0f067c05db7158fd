<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("mfaRecoveredIntro", realmName)}
${msg("mfaRecoveredNext")}

<@help.signature/>
