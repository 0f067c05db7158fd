<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", firstName)}</p>
<p>${msg("adminRequestDeniedIntro", realmName, reference)}</p>
<ul><#list denials as denial><li><strong>${denial.tin}</strong>: ${msg(denial.reasonKey)}<#if denial.note?has_content> ${denial.note}</#if></li></#list></ul>
<p>${msg("adminRequestDeniedHelp")}</p>
<@help.signature/>
</@layout.emailLayout>
