<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("mfaResetIntro", adminName, realmName)}
${msg("mfaResetNext")}

<@help.signature/>
