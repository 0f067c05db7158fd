#!/usr/bin/env bash
# Gives a realm that already exists TIN Access's settings, through Keycloak's admin REST API, from the
# realm file a new realm is imported from (the admin console's partial import does not carry flows,
# required actions, the user profile or client policies). What the realm already has is kept: it adds,
# it does not replace, so it can run again.
#
#   KEYCLOAK_URL=https://sso.plan.example REALM=providers \
#   ADMIN_USER=admin ADMIN_PASSWORD=… [PORTAL_CLIENT=plan-portal] \
#   bash realm-config/add-to-existing-realm.sh [realm-file]
#
# ADMIN_USER signs in to the master realm through admin-cli (or set KEYCLOAK_TOKEN to an admin's access
# token). PORTAL_CLIENT names the realm's own portal client: it gets the `tins` claim's mapper and
# becomes tinAccess.portalClient; without it the example portal's client of the file is added.
# The file's ${TA_…:default} placeholders take the environment's values, as an import does.
# Needs bash, curl and jq.
set -euo pipefail

: "${KEYCLOAK_URL:?KEYCLOAK_URL, e.g. https://sso.plan.example}"
: "${REALM:?REALM, the existing realm to add TIN Access to}"
file=${1:-$(dirname "$0")/provider-portal-realm.json}
prefix="tin-access "

if [ -z "${KEYCLOAK_TOKEN:-}" ]; then
  : "${ADMIN_USER:?ADMIN_USER and ADMIN_PASSWORD (or KEYCLOAK_TOKEN)}" "${ADMIN_PASSWORD:?ADMIN_PASSWORD}"
  # The password goes to curl on its standard input (printf is a shell builtin): never in a command line, which
  # every user of the machine can read in the process list.
  KEYCLOAK_TOKEN=$(printf '%s' "$ADMIN_PASSWORD" | curl -sS --fail-with-body "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode "username=$ADMIN_USER" --data-urlencode "password@-" | jq -r .access_token)
fi
# The token reaches curl as a config file read from a pipe, for the same reason.
authorization() { printf 'header = "Authorization: Bearer %s"\n' "$KEYCLOAK_TOKEN"; }

# The realm file with its placeholders filled from the environment, or their defaults.
settings=$(jq 'walk(if type == "string" then gsub("\\$\\{(?<name>TA_[A-Z_]+):(?<default>[^}]*)\\}"; $ENV[.name] // .default) else . end)' "$file")
setting() { jq -c "$1" <<<"$settings"; }

# The admin REST API of the realm: method, path under /admin/realms/$REALM, then -d and the JSON body if any.
# The body goes on curl's standard input: a client's secret must not show in the process list either.
api() {
  local method=$1 path=$2 body=
  shift 2
  if [ "${1:-}" = -d ]; then body=$2; fi
  curl -sS --fail-with-body -X "$method" --config <(authorization) -H 'Content-Type: application/json' \
    ${body:+--data-binary @-} "$KEYCLOAK_URL/admin/realms/$REALM$path" <<<"$body"
}
# A change, whose answer (an echo of it, or nothing) is not needed unless it is a refusal.
send() { local answer; answer=$(api "$@") || { printf '%s %s refused: %s\n' "$1" "$2" "$answer" >&2; return 1; }; }
exists() { [ "$(curl -sS -o /dev/null -w '%{http_code}' --config <(authorization) "$KEYCLOAK_URL/admin/realms/$REALM$1")" = 200 ]; }
urlencode() { jq -rn --arg v "$1" '$v | @uri'; }
client_uuid() { api GET "/clients?clientId=$(urlencode "$1")" | jq -r '.[0].id // empty'; }
say() { printf '%s\n' "$*"; }

# Realm settings: themes, organizations, registration (the request-access pages), e-mail as username,
# events; the file's tinAccess.* attributes where the realm has none of that name yet.
realm=$(api GET "")
send PUT "" -d "$(jq -n --argjson realm "$realm" --argjson file "$settings" '
  $realm + ($file | {loginTheme, emailTheme, accountTheme, organizationsEnabled, registrationAllowed, registrationEmailAsUsername,
                     loginWithEmailAllowed, duplicateEmailsAllowed, resetPasswordAllowed, eventsEnabled, adminEventsEnabled,
                     adminEventsDetailsEnabled})
  | .attributes = (($file.attributes | with_entries(select(.key | startswith("tinAccess.")))) + ($realm.attributes // {}))')"
say "realm settings: themes tin-access, organizations, registration, events"

# Realm roles (the reviewer's), clients and their roles.
for role in $(setting '.roles.realm[] | select(.name | test("^(default-roles-|offline_access$|uma_authorization$)") | not) | .name' | jq -r .); do
  exists "/roles/$(urlencode "$role")" || { send POST /roles -d "$(setting ".roles.realm[] | select(.name == \"$role\") | {name, description}")"; say "realm role $role"; }
done
portal_in_file=$(setting '.attributes["tinAccess.portalClient"]' | jq -r .)
for client in $(setting '.clients[] | select(.clientId != "admin-cli") | .clientId' | jq -r .); do
  if [ "$client" = "$portal_in_file" ] && [ -n "${PORTAL_CLIENT:-}" ]; then
    id=$(client_uuid "$PORTAL_CLIENT")
    [ -n "$id" ] || { echo "PORTAL_CLIENT $PORTAL_CLIENT is no client of realm $REALM" >&2; exit 1; }
    existing=$(api GET "/clients/$id/protocol-mappers/models" | jq -c '[.[].name]')
    for mapper in $(setting ".clients[] | select(.clientId == \"$client\") | .protocolMappers[]? | @base64" | jq -r .); do
      body=$(base64 -d <<<"$mapper" | jq -c 'del(.id)')
      jq -e --argjson names "$existing" '.name as $n | $names | index($n)' <<<"$body" >/dev/null \
        || { send POST "/clients/$id/protocol-mappers/models" -d "$body"; say "client $PORTAL_CLIENT: mapper $(jq -r .name <<<"$body")"; }
    done
    send PUT "" -d "$(api GET "" | jq --arg c "$PORTAL_CLIENT" '.attributes["tinAccess.portalClient"] = $c')"
    continue
  fi
  if [ -z "$(client_uuid "$client")" ]; then
    send POST /clients -d "$(setting ".clients[] | select(.clientId == \"$client\") | del(.id)")"
    say "client $client"
  fi
  id=$(client_uuid "$client")
  for role in $(setting ".roles.client[\"$client\"][]?.name" | jq -r .); do
    exists "/clients/$id/roles/$(urlencode "$role")" || { send POST "/clients/$id/roles" -d "$(jq -nc --arg n "$role" '{name: $n}')"; say "client role $client/$role"; }
  done
done

# Default roles (every user may open the console) and the scope mappings that put roles in the console's tokens.
default_role=$(api GET "" | jq -r .defaultRole.id)
for composite in $(setting '.roles.realm[] | select(.name | startswith("default-roles-")) | .composites.client // {} | to_entries[] | .key as $c | .value[] | [$c, .] | @base64' | jq -r .); do
  read -r client role < <(base64 -d <<<"$composite" | jq -r '.[0] + " " + .[1]')
  send POST "/roles-by-id/$default_role/composites" -d "[$(api GET "/clients/$(client_uuid "$client")/roles/$(urlencode "$role")")]"
done
for mapping in $(setting '.scopeMappings[]? | @base64' | jq -r .); do
  client=$(base64 -d <<<"$mapping" | jq -r .client)
  roles=$(for role in $(base64 -d <<<"$mapping" | jq -r '.roles[]'); do api GET "/roles/$(urlencode "$role")"; done | jq -sc .)
  send POST "/clients/$(client_uuid "$client")/scope-mappings/realm" -d "$roles"
done
for mapping in $(setting '.clientScopeMappings // {} | to_entries[] | .key as $source | .value[] | {source: $source, client, roles} | @base64' | jq -r .); do
  source=$(base64 -d <<<"$mapping" | jq -r .source)
  source_id=$(client_uuid "$source")
  client=$(base64 -d <<<"$mapping" | jq -r .client)
  roles=$(for role in $(base64 -d <<<"$mapping" | jq -r '.roles[]'); do api GET "/clients/$source_id/roles/$(urlencode "$role")"; done | jq -sc .)
  send POST "/clients/$(client_uuid "$client")/scope-mappings/clients/$source_id" -d "$roles"
done
say "default roles and scope mappings"

# The user profile: the file's attributes and groups the realm's profile does not have yet.
profile=$(api GET /users/profile)
send PUT /users/profile -d "$(jq -n --argjson realm "$profile" \
  --argjson file "$(setting '.components["org.keycloak.userprofile.UserProfileProvider"][0].config["kc.user.profile.config"][0] | fromjson')" '
  $realm
  | .attributes += [$file.attributes[] | select(.name as $n | [$realm.attributes[].name] | index($n) | not)]
  | .groups = (($realm.groups // []) + [($file.groups // [])[] | select(.name as $n | [($realm.groups // [])[].name] | index($n) | not)])')"
say "user profile: $(jq -r '[.attributes[].name] | join(", ")' <<<"$(api GET /users/profile)")"

# Authentication flows. The file changes Keycloak's own flows (browser, direct grant, reset credentials),
# which a realm cannot edit where they are built in: each flow the file binds, and each flow of its own, is
# copied with its sub-flows and their settings as "tin-access <the file's alias>" (aliases are unique in a
# realm), then bound. A setting naming a flow (flow_to_check) names the copy. A copy that is there already (an earlier run) is kept as it is.
flow_exists() { exists "/authentication/flows/$(urlencode "$1")/executions"; } # top-level or sub-flow
name_of() { printf '%s%s' "$prefix" "$1"; }
renamed=$(setting '[.authenticationFlows[].alias | {(.): ("'"$prefix"'" + .)}] | add')

# Adds the executions of the file's flow $1 to the realm's flow $2, in the file's order.
copy_executions() {
  local from=$1 into=$2 execution
  for execution in $(setting ".authenticationFlows[] | select(.alias == \"$from\") | .authenticationExecutions | sort_by(.priority)[] | @base64" | jq -r .); do
    execution=$(base64 -d <<<"$execution")
    if [ "$(jq -r .authenticatorFlow <<<"$execution")" = true ]; then
      local sub type
      sub=$(jq -r .flowAlias <<<"$execution")
      type=$(setting ".authenticationFlows[] | select(.alias == \"$sub\") | .providerId" | jq -r .)
      send POST "/authentication/flows/$(urlencode "$into")/executions/flow" -d "$(jq -nc --arg a "$(name_of "$sub")" --arg t "$type" \
        '{alias: $a, type: $t, provider: (if $t == "form-flow" then "registration-page-form" else "" end), description: ""}')"
    else
      send POST "/authentication/flows/$(urlencode "$into")/executions/execution" -d "$(jq -c '{provider: .authenticator}' <<<"$execution")"
    fi
    local added
    added=$(api GET "/authentication/flows/$(urlencode "$into")/executions" | jq -c '[.[] | select(.level == 0)] | last')
    send PUT "/authentication/flows/$(urlencode "$into")/executions" -d "$(jq -c --arg r "$(jq -r .requirement <<<"$execution")" '.requirement = $r' <<<"$added")"
    local config
    config=$(jq -r '.authenticatorConfig // empty' <<<"$execution")
    if [ -n "$config" ]; then
      send POST "/authentication/executions/$(jq -r .id <<<"$added")/config" -d "$(setting ".authenticatorConfig[] | select(.alias == \"$config\")" \
        | jq -c --argjson renamed "$renamed" \
          --arg prefix "$prefix" '{alias: ($prefix + .alias), config: (.config | if .flow_to_check then .flow_to_check = ($renamed[.flow_to_check] // .flow_to_check) else . end)}')"
    fi
    if [ "$(jq -r .authenticatorFlow <<<"$execution")" = true ]; then
      copy_executions "$(jq -r .flowAlias <<<"$execution")" "$(name_of "$(jq -r .flowAlias <<<"$execution")")"
    fi
  done
}

bindings=(browserFlow registrationFlow directGrantFlow resetCredentialsFlow)
to_copy=$(setting "[.${bindings[0]}, .${bindings[1]}, .${bindings[2]}, .${bindings[3]}] + [.authenticationFlows[] | select(.topLevel and (.builtIn | not)) | .alias] | unique | .[]" | jq -r '@base64')
for flow in $to_copy; do
  flow=$(base64 -d <<<"$flow")
  target=$(name_of "$flow")
  if flow_exists "$target"; then
    say "flow $target: there already, kept"
    continue
  fi
  send POST /authentication/flows -d "$(setting ".authenticationFlows[] | select(.alias == \"$flow\") | {providerId, description, topLevel: true, builtIn: false}" \
    | jq -c --arg a "$target" '.alias = $a')"
  copy_executions "$flow" "$target"
  say "flow $target"
done
realm=$(api GET "")
for binding in "${bindings[@]}"; do
  realm=$(jq --arg b "$binding" --arg a "$(name_of "$(setting ".$binding" | jq -r .)")" '.[$b] = $a' <<<"$realm")
done
send PUT "" -d "$realm"
say "bound: $(api GET "" | jq -r '[.browserFlow, .registrationFlow, .directGrantFlow, .resetCredentialsFlow] | join(", ")')"

# Required actions: the file's, registered where they are not, enabled, in the file's order.
for action in $(setting '.requiredActions | sort_by(.priority)[] | @base64' | jq -r .); do
  action=$(base64 -d <<<"$action")
  alias=$(jq -r .alias <<<"$action")
  if ! exists "/authentication/required-actions/$(urlencode "$alias")"; then
    send POST /authentication/register-required-action -d "$(jq -c '{providerId, name}' <<<"$action")"
  fi
  send PUT "/authentication/required-actions/$(urlencode "$alias")" -d "$action"
done
say "required actions: $(api GET /authentication/required-actions | jq -r '[sort_by(.priority)[] | select(.enabled) | .alias] | join(", ")')"

# Client policies: the file's profiles and policies the realm does not have by name.
for kind in profiles policies; do
  [ $kind = profiles ] && wanted=$(setting '.clientProfiles.profiles // []') || wanted=$(setting '.clientPolicies.policies // []')
  have=$(api GET "/client-policies/$kind" | jq -c --arg k $kind '.[$k] // []')
  send PUT "/client-policies/$kind" -d "$(jq -nc --arg k $kind --argjson have "$have" --argjson wanted "$wanted" \
    '{($k): ($have + [$wanted[] | select(.name as $n | [$have[].name] | index($n) | not)])}')"
done
say "client policies: $(api GET /client-policies/policies | jq -r '[.policies[].name] | join(", ")')"
say "done: realm $REALM has TIN Access's settings"
