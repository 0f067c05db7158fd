<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminTransferredIntro", provider, realmName)}

<@help.signature/>
