<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("adminReplacedIntro", provider, realmName, newAdminName)}

${msg("adminReplacedContact")}

${msg("emailSignature")}
