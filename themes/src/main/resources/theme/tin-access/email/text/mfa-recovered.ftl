<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("mfaRecoveredIntro", realmName)}
${msg("mfaRecoveredNext")}

${msg("emailSignature")}
