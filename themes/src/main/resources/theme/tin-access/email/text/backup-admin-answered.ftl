<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg(agreed?then("backupAdminAgreedIntro", "backupAdminDeclinedIntro"), personName, provider, realmName)}

<@help.signature/>
