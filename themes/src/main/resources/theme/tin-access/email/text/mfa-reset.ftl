<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("mfaResetIntro", adminName, realmName)}
${msg("mfaResetNext")}

${msg("emailSignature")}
