<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminTransferredIntro", provider, realmName)}

${msg("emailSignature")}
