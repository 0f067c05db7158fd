<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("backupAdminWithdrawnIntro", adminName, provider, realmName)}

${msg("backupAdminContact")}

<@help.signature/>
