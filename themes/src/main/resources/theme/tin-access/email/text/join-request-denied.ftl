<#ftl output_format="plainText">
${msg("mailHello", firstName)}

${msg("joinDeniedIntro", provider, reference)}
<#if note?has_content>${msg("joinDeniedNote")} ${note}</#if>

${msg("emailSignature")}
