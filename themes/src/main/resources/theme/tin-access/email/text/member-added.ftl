<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("memberAddedIntro", adminName, provider, realmName)}

${msg("emailSignature")}
