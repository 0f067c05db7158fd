<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("helpDeskConfirmIntro", personName, provider, realmName)}

${msg("helpDeskConfirmHow")}

${msg("memberInvitationExistingButton")}: ${consoleUrl}

${msg("helpDeskConfirmUnsure")}

<@help.signature/>
