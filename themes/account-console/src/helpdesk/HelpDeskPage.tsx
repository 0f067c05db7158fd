import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Radio,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import { ApiError } from "../api/ApiError";
import { HELP_DESK_METHODS, type HelpDeskCheck, type HelpDeskMethod, type HelpDeskPerson } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { currentCheck, firstAvailable, isAvailable, takesCode, tinsFor } from "./helpDeskWays";

/**
 * The plan's help desk: find the person on the phone, verify the caller one of four ways, then reset
 * their second factor. The API decides every rule (who may be reset, whether the caller is verified,
 * the day's wait for anyone who manages a Tax ID); this page walks the agent through it.
 */
export function HelpDeskPage() {
  const { t } = useTranslation();
  const { helpDesk } = useAccess();
  if (!helpDesk) {
    return <NotAllowed title={t("tinAccessHelpDesk")} audience="helpDesk" />;
  }
  return (
    <Page title={t("tinAccessHelpDesk")} description={t("tinAccessHelpDeskDescription")}>
      <HelpDeskDesk />
    </Page>
  );
}

type People = { items: HelpDeskPerson[] };

function HelpDeskDesk() {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState<string>();
  const [person, setPerson] = useState<HelpDeskPerson | null>();
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<HelpDeskCheck>();

  const find = async (q: string) => {
    setError(undefined);
    try {
      const found = await api.get<People>("/help-desk/people", { q });
      setPerson(found.items[0] ?? null);
      setSearched(q);
    } catch (failure) {
      setError(failure);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    void find(query.trim());
  };

  return (
    <>
      <Form onSubmit={submit} className="tin-access-help-desk-find">
        <FormGroup label={t("tinAccessHelpDeskFind")} fieldId="help-desk-q" isRequired>
          <TextInput id="help-desk-q" value={query} onChange={(_, value) => setQuery(value)} isRequired autoComplete="off"
            aria-describedby="help-desk-q-help" />
          <FormHelperText>
            <HelperText id="help-desk-q-help">
              <HelperTextItem>{t("tinAccessHelpDeskFindHelp")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <ActionGroup>
          <Button type="submit" variant="primary" data-testid="help-desk-find">
            {t("tinAccessHelpDeskFindButton")}
          </Button>
        </ActionGroup>
      </Form>
      {error !== undefined && <ErrorAlert error={error} />}
      {person === null && (
        <Alert variant="info" isInline title={t("tinAccessHelpDeskNobody")} data-testid="help-desk-nobody" className="pf-v5-u-mt-md">
          {t("tinAccessHelpDeskNobodyBody")}
        </Alert>
      )}
      {outcome && <OutcomeAlert check={outcome} />}
      {person && (
        <PersonPanel
          key={person.id}
          person={person}
          onChanged={(check) => {
            if (check?.status === "done") {
              setOutcome(check);
            }
            if (searched) {
              void find(searched);
            }
          }}
        />
      )}
    </>
  );
}

function OutcomeAlert({ check }: { check: HelpDeskCheck }) {
  const { t } = useTranslation();
  return (
    <Alert variant="success" isInline title={t("tinAccessHelpDeskDone")} data-testid="help-desk-done" className="pf-v5-u-mt-md">
      {t("tinAccessHelpDeskDoneBody")}
      <span className="pf-v5-screen-reader">{check.id}</span>
    </Alert>
  );
}

function PersonPanel({ person, onChanged }: { person: HelpDeskPerson; onChanged: (check?: HelpDeskCheck) => void }) {
  const { t } = useTranslation();
  const check = currentCheck(person);
  const [another, setAnother] = useState(false);
  const name = fullName(person) || person.username;
  return (
    <section className="pf-v5-u-mt-lg" aria-labelledby="help-desk-person" data-testid="help-desk-person">
      <Title headingLevel="h2" id="help-desk-person">
        {name}
      </Title>
      <DescriptionList isHorizontal isCompact className="pf-v5-u-mt-sm">
        <DescriptionListGroup>
          <DescriptionListTerm>{t("tinAccessUsername")}</DescriptionListTerm>
          <DescriptionListDescription>{person.username}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("tinAccessHelpDeskEmailOnFile")}</DescriptionListTerm>
          <DescriptionListDescription>{person.email ?? t("tinAccessHelpDeskNone")}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("tinAccessHelpDeskPhoneOnFile")}</DescriptionListTerm>
          <DescriptionListDescription>{person.phone ?? t("tinAccessHelpDeskNone")}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("tinAccessHelpDeskTins")}</DescriptionListTerm>
          <DescriptionListDescription>
            {person.tins.length === 0
              ? t("tinAccessHelpDeskNone")
              : person.tins.map((tin) => (
                  <div key={tin.tin}>
                    {t("tinAccessHelpDeskTinLine", { provider: tin.provider, tin: formatTin(tin.tin), role: t(`tinAccessRole-${tin.role}`) })}
                  </div>
                ))}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {person.coolingOff && (
        <Alert variant="warning" isInline title={t("tinAccessHelpDeskCoolingOff")} className="pf-v5-u-mt-md" data-testid="help-desk-cooling-off">
          {t("tinAccessHelpDeskCoolingOffBody")}
        </Alert>
      )}
      {check && !another ? (
        <CheckPanel check={check} onChanged={onChanged} onAnother={() => setAnother(true)} />
      ) : (
        <WaysForm
          person={person}
          onOpened={() => {
            setAnother(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function WaysForm({ person, onOpened }: { person: HelpDeskPerson; onOpened: () => void }) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [method, setMethod] = useState<HelpDeskMethod | undefined>(firstAvailable(person));
  const [tin, setTin] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const tins = method ? tinsFor(person, method) : [];
  const chosenTin = tin && tins.includes(tin) ? tin : tins[0];

  if (!method) {
    return (
      <Alert variant="warning" isInline title={t("tinAccessHelpDeskNoWay")} className="pf-v5-u-mt-md" data-testid="help-desk-no-way">
        {t("tinAccessHelpDeskNoWayBody")}
      </Alert>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/help-desk/people/${encodeURIComponent(person.id)}/checks`, { method, tin: tins.length > 0 ? chosenTin : undefined });
      onOpened();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} className="pf-v5-u-mt-md" data-testid="help-desk-ways">
      {error !== undefined && <ErrorAlert error={error} />}
      <FormGroup role="radiogroup" isStack fieldId="help-desk-method" label={t("tinAccessHelpDeskHow")}>
        {HELP_DESK_METHODS.map((way) => (
          <Radio key={way} id={`help-desk-method-${way}`} name="method" label={t(`tinAccessHelpDeskMethod-${way}`)}
            description={t(`tinAccessHelpDeskMethodHelp-${way}`, { phone: person.phone ?? "" })}
            isChecked={method === way} isDisabled={!isAvailable(person, way)} onChange={() => setMethod(way)} />
        ))}
      </FormGroup>
      {tins.length > 0 && (
        <FormGroup label={t("tinAccessTin")} fieldId="help-desk-tin" isRequired>
          <FormSelect id="help-desk-tin" value={chosenTin} onChange={(_, value) => setTin(value)}>
            {tins.map((value) => {
              const line = person.tins.find((candidate) => candidate.tin === value);
              return <FormSelectOption key={value} value={value} label={`${line?.provider ?? ""} (${formatTin(value)})`} />;
            })}
          </FormSelect>
        </FormGroup>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy} data-testid="help-desk-send">
          {t(method === "admin" ? "tinAccessHelpDeskAskAdmin" : "tinAccessHelpDeskSend")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

function CheckPanel({ check, onChanged, onAnother }: { check: HelpDeskCheck; onChanged: (check?: HelpDeskCheck) => void; onAnother: () => void }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const codeError = error instanceof ApiError && error.code.startsWith("code_") ? error.message : undefined;

  // A wrong code puts focus back on the field, whose message says how many tries are left.
  useEffect(() => {
    if (codeError !== undefined) {
      document.getElementById("help-desk-code")?.focus();
    }
  }, [error, codeError]);

  const act = async (call: () => Promise<HelpDeskCheck | undefined>) => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const changed = await call();
      onChanged(changed);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const checkCode = (event: FormEvent) => {
    event.preventDefault();
    void act(() => api.post<HelpDeskCheck>(`/help-desk/checks/${encodeURIComponent(check.id)}/code`, { code: code.trim() }));
  };
  const reset = (event: FormEvent) => {
    event.preventDefault();
    void act(() => api.post<HelpDeskCheck>(`/help-desk/checks/${encodeURIComponent(check.id)}/reset`));
  };

  return (
    <div className="pf-v5-u-mt-md" data-testid="help-desk-check" data-status={check.status}>
      {error !== undefined && codeError === undefined && <ErrorAlert error={error} />}
      {takesCode(check) && (
        <Form onSubmit={checkCode}>
          <p>{check.method === "letter" ? t("tinAccessHelpDeskLetterSent") : t("tinAccessHelpDeskCodeSent", { to: check.sentTo ?? "" })}</p>
          <FormGroup label={t("tinAccessHelpDeskCode")} fieldId="help-desk-code" isRequired>
            <TextInput id="help-desk-code" value={code} onChange={(_, value) => setCode(value)} isRequired autoComplete="off"
              validated={codeError ? "error" : "default"} aria-describedby={codeError ? "help-desk-code-error" : undefined} />
            {codeError && (
              <FormHelperText>
                <HelperText id="help-desk-code-error">
                  <HelperTextItem variant="error">{codeError}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy} data-testid="help-desk-check-code">
              {t("tinAccessHelpDeskCheckCode")}
            </Button>
            <Button variant="link" onClick={onAnother}>
              {t("tinAccessHelpDeskAnother")}
            </Button>
          </ActionGroup>
        </Form>
      )}
      {check.status === "open" && check.method === "admin" && (
        <Form onSubmit={(event) => { event.preventDefault(); onChanged(); }}>
          <p>{t("tinAccessHelpDeskAdminAsked", { tin: formatTin(check.tin ?? "") })}</p>
          <ActionGroup>
            <Button type="submit" variant="primary" data-testid="help-desk-refresh">
              {t("tinAccessHelpDeskRefresh")}
            </Button>
            <Button variant="link" onClick={onAnother}>
              {t("tinAccessHelpDeskAnother")}
            </Button>
          </ActionGroup>
        </Form>
      )}
      {check.status === "verified" && (
        <Form onSubmit={reset}>
          <Alert variant="success" isInline title={t("tinAccessHelpDeskVerified")}>
            {t("tinAccessHelpDeskVerifiedBody")}
          </Alert>
          <ActionGroup>
            <Button type="submit" variant="danger" isLoading={busy} isDisabled={busy} data-testid="help-desk-reset">
              {t("tinAccessHelpDeskReset")}
            </Button>
          </ActionGroup>
        </Form>
      )}
      {check.status === "scheduled" && (
        <Alert variant="info" isInline title={t("tinAccessHelpDeskScheduled", { at: formatDateTime(check.dueAt, environment.locale) })}
          data-testid="help-desk-scheduled">
          {t("tinAccessHelpDeskScheduledBody")}
        </Alert>
      )}
    </div>
  );
}
