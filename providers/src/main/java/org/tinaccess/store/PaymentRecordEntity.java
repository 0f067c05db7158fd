package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One payment (check or EFT) or non-payment notice of the plan to a provider, from the plan's CSV
 * upload: what a requester's numbers are matched against, and the provider's address of record.
 */
@Entity
@Table(name = "TA_PAYMENT_RECORD")
public class PaymentRecordEntity {
    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TIN", length = 9, nullable = false)
    private String tin;

    @Column(name = "VENDOR_NUMBER", length = 50)
    private String vendorNumber;

    @Column(name = "NPI", length = 10)
    private String npi;

    @Column(name = "PAYMENT_NUMBER", length = 50, nullable = false)
    private String paymentNumber;

    @Column(name = "PAYMENT_DATE", length = 10, nullable = false)
    private String paymentDate;

    @Column(name = "PROVIDER_NAME", length = 200, nullable = false)
    private String providerName;

    @Column(name = "ADDRESS_LINE1", length = 200, nullable = false)
    private String addressLine1;

    @Column(name = "ADDRESS_LINE2", length = 200)
    private String addressLine2;

    @Column(name = "CITY", length = 100, nullable = false)
    private String city;

    @Column(name = "STATE", length = 2, nullable = false)
    private String state;

    @Column(name = "ZIP", length = 10, nullable = false)
    private String zip;

    @Column(name = "UPLOADED_AT", nullable = false)
    private long uploadedAt;

    @Column(name = "UPLOADED_BY", length = 36)
    private String uploadedBy;

    /** The reviewer (never the uploader) who confirmed the upload; null while it waits, and then it proves nothing. */
    @Column(name = "CONFIRMED_BY", length = 36)
    private String confirmedBy;

    @Column(name = "CONFIRMED_AT")
    private Long confirmedAt;

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

    public String getTin() {
        return tin;
    }

    public void setTin(String tin) {
        this.tin = tin;
    }

    public String getVendorNumber() {
        return vendorNumber;
    }

    public void setVendorNumber(String vendorNumber) {
        this.vendorNumber = vendorNumber;
    }

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = npi;
    }

    public String getPaymentNumber() {
        return paymentNumber;
    }

    public void setPaymentNumber(String paymentNumber) {
        this.paymentNumber = paymentNumber;
    }

    public String getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(String paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public long getUploadedAt() {
        return uploadedAt;
    }

    public void setUploadedAt(long uploadedAt) {
        this.uploadedAt = uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public void setUploadedBy(String uploadedBy) {
        this.uploadedBy = uploadedBy;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
