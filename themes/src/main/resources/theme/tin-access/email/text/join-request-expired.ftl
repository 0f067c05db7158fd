<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("joinExpiredIntro", provider, reference)}

${msg("emailSignature")}
