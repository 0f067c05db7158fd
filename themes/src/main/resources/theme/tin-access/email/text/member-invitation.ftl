<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("memberInvitationIntro", adminName, provider, realmName)}
${msg("memberInvitationActivate")}
${msg("activateAccountButton")}: ${link}

${msg("adminRequestApprovedExpiry", expiryDays)}

<@help.signature/>
