<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("backupAdminNamedIntro", adminName, provider, realmName)}

${msg("backupAdminNamedWhat")}

${msg("backupAdminNamedAccept")}

${msg("memberInvitationExistingButton")}: ${consoleUrl}

${msg("backupAdminContact")}

<@help.signature/>
