<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminReplacedIntro", provider, realmName, newAdminName)}

${msg("adminReplacedContact")}

<@help.signature/>
