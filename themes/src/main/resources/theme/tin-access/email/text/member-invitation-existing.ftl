<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("memberInvitationExistingIntro", adminName, provider, realmName)}

${msg("memberInvitationExistingAccept")}

${consoleUrl}

${msg("memberInvitationExistingIgnore")}

${msg("emailSignature")}
