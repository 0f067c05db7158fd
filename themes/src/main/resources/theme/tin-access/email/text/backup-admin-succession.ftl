<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("backupAdminSuccessionIntro", newAdminName, provider, realmName)}

${msg("backupAdminContact")}

<@help.signature/>
