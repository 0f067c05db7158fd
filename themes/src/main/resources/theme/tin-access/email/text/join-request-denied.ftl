<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("joinDeniedIntro", provider, reference)}
<#if note?has_content>${msg("joinDeniedNote")} ${note}</#if>

<@help.signature/>
