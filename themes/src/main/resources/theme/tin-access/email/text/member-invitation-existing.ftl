<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("memberInvitationExistingIntro", adminName, provider, realmName)}

${msg("memberInvitationExistingAccept")}

${consoleUrl}

${msg("memberInvitationExistingIgnore")}

<@help.signature/>
