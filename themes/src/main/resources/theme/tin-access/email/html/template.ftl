<#--
  Keycloak's e-mail layout with a head: a mail opened in a browser, or read aloud, is named by its
  subject (the sender puts it in mailTitle); Keycloak's own mails, which have none, by the realm.
-->
<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="UTF-8">
<title>${mailTitle!realmName}</title>
</head>
<body>
    <#nested>
</body>
</html>
</#macro>
