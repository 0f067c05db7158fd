<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

<#if self>${msg("helpDeskScheduledSelf", realmName, due)}<#else>${msg("helpDeskScheduledOther", personName, realmName, due)}</#if>

${msg("helpDeskScheduledStop")}

${msg("memberInvitationExistingButton")}: ${consoleUrl}

<@help.signature/>
