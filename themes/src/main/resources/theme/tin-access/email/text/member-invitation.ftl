<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("memberInvitationIntro", adminName, provider, realmName)}
${msg("memberInvitationActivate")}
${msg("activateAccountButton")}: ${link}

${msg("adminRequestApprovedExpiry", expiryDays)}

${msg("emailSignature")}
