<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", adminFirstName)}</p>
<p>${msg("joinExpiredAdminIntro", requester, provider, reference)}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
