package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An admin request, a join request or a "my provider is not listed" request
 * (no TIN lines). Contact fields are kept as typed on
 * the form because no Keycloak user exists until a reviewer or TIN admin approves.
 */
@Entity
@Table(name = "TA_ACCESS_REQUEST")
public class AccessRequestEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "REFERENCE", length = 20, nullable = false)
    private String reference;

    @Column(name = "FIRST_NAME", length = 100, nullable = false)
    private String firstName;

    @Column(name = "LAST_NAME", length = 100, nullable = false)
    private String lastName;

    @Column(name = "EMAIL", length = 254, nullable = false)
    private String email;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "PHONE_EXT", length = 10)
    private String phoneExt;

    @Column(name = "ORGANIZATION", length = 200)
    private String organization;

    @Column(name = "JOB_TITLE", length = 100)
    private String jobTitle;

    /** The requester registers a billing service (third party or billing organization) under its own TIN. */
    @Column(name = "BILLING_SERVICE", nullable = false)
    private boolean billingService;

    /** The requester registers an insurance agency with this National Producer Number; null otherwise. */
    @Column(name = "AGENCY_NPN", length = 10)
    private String agencyNpn;

    /** The NPN a person asking to join an agency gave as theirs (join requests only); null otherwise. */
    @Column(name = "AGENT_NPN", length = 10)
    private String agentNpn;

    @Column(name = "REASON", length = 500)
    private String reason;

    /** A join request's program (medicaid, medicare, both). */
    @Column(name = "PROGRAM", length = 16)
    private String program;

    /** A join request's state (USPS code). */
    @Column(name = "PROGRAM_STATE", length = 2)
    private String programState;

    /** A not-listed request's optional TIN: what the person typed, checked, never looked up. */
    @Column(name = "TIN", length = 9)
    private String tin;

    /** A not-listed request's optional Type 2 NPI. */
    @Column(name = "NPI", length = 10)
    private String npi;

    /** How a reviewer closed a not-listed request: CONTACTED or CLOSED. */
    @Column(name = "OUTCOME", length = 16)
    private String outcome;

    /** The reviewer's note on closing a not-listed request. */
    @Column(name = "CLOSE_NOTE", length = 1000)
    private String closeNote;

    /** The reviewer (user id) who closed a not-listed request. */
    @Column(name = "CLOSED_BY", length = 36)
    private String closedBy;

    @Column(name = "ORG_ID", length = 36)
    private String orgId;

    @Column(name = "REQUESTER_USER_ID", length = 36)
    private String requesterUserId;

    /** The signed-in account that submitted the request (account console), or null for the public form. */
    @Column(name = "SUBMITTED_BY", length = 36)
    private String submittedBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DEADLINE_AT")
    private Long deadlineAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhoneExt() {
        return phoneExt;
    }

    public void setPhoneExt(String phoneExt) {
        this.phoneExt = phoneExt;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isBillingService() {
        return billingService;
    }

    public void setBillingService(boolean billingService) {
        this.billingService = billingService;
    }

    public String getAgencyNpn() {
        return agencyNpn;
    }

    public void setAgencyNpn(String agencyNpn) {
        this.agencyNpn = agencyNpn;
    }

    public String getAgentNpn() {
        return agentNpn;
    }

    public void setAgentNpn(String agentNpn) {
        this.agentNpn = agentNpn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOrgId() {
        return orgId;
    }

    public void setOrgId(String orgId) {
        this.orgId = orgId;
    }

    public String getRequesterUserId() {
        return requesterUserId;
    }

    public void setRequesterUserId(String requesterUserId) {
        this.requesterUserId = requesterUserId;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public Long getDeadlineAt() {
        return deadlineAt;
    }

    public void setDeadlineAt(Long deadlineAt) {
        this.deadlineAt = deadlineAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getProgramState() {
        return programState;
    }

    public void setProgramState(String programState) {
        this.programState = programState;
    }

    public String getTin() {
        return tin;
    }

    public void setTin(String tin) {
        this.tin = tin;
    }

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = npi;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public void setClosedBy(String closedBy) {
        this.closedBy = closedBy;
    }
}
