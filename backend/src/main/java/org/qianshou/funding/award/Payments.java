package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.award.AwardRequests.PaymentRequest;
import org.qianshou.funding.award.AwardViews.PaymentView;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;

/**
 * Payments of tranches: one funder member records what the bank paid, another approves it (four eyes), and only then
 * is it money in the ledger.
 *
 * <p>Idempotency: the client's key is unique per funder. Requests with the same key are serialised by an advisory lock
 * taken before the key is looked up, so of 100 identical requests at once the first records the payment and the 99
 * others find it (200, the same payment); a different body with a seen key is 409 naming {@code idempotencyKey}.
 * Locks are taken award, then tranche, then payment, as {@link Awards#reportApproved} takes them.
 */
@Singleton
class Payments {

    static final String OBJECT_TYPE = "funding-payment";
    static final int MAX_KEY = 100;
    static final int MAX_REFERENCE = 100;

    private final PaymentRepository payments;
    private final TrancheRepository tranches;
    private final AwardRepository awards;
    private final AccessPolicy access;
    private final Ledger ledger;
    private final AuditLog audit;
    private final Recipients recipients;

    Payments(
            PaymentRepository payments,
            TrancheRepository tranches,
            AwardRepository awards,
            AccessPolicy access,
            Ledger ledger,
            AuditLog audit,
            Recipients recipients) {
        this.payments = payments;
        this.tranches = tranches;
        this.awards = awards;
        this.access = access;
        this.ledger = ledger;
        this.audit = audit;
        this.recipients = recipients;
    }

    /** A recorded payment and whether this request recorded it ({@code false}: an earlier one with the same key). */
    record Recorded(PaymentView payment, boolean created) {}

    @Transactional
    public Recorded record(Actor actor, long organisationId, long trancheId, PaymentRequest request) {
        access.requireCanPublish(actor, organisationId);
        long amount = AwardWorkflow.positiveAmount(request.amountFen(), "amountFen");
        String key =
                request.idempotencyKey() == null ? "" : request.idempotencyKey().strip();
        if (key.isEmpty() || key.length() > MAX_KEY || !Text.validSingleLine(key)) {
            throw InvalidInputException.of("idempotencyKey", "payment.key.invalid", MAX_KEY);
        }
        String reference = request.externalReference() == null
                ? ""
                : request.externalReference().strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE || !Text.validSingleLine(reference)) {
            throw InvalidInputException.of("externalReference", "payment.reference.invalid", MAX_REFERENCE);
        }
        LocalDate paidOn = paidOn(request.paidOn());
        Tranche found = tranches.findById(trancheId)
                .orElseThrow(() -> new NotFoundException("award.resource.tranche", trancheId));
        Award ofTranche = awards.findById(found.awardId())
                .filter(a -> a.funderOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("award.resource.tranche", trancheId));

        payments.lockKey(organisationId, key);
        var seen = payments.findByFunderOrganisationIdAndIdempotencyKey(organisationId, key);
        if (seen.isPresent()) {
            Payment p = seen.get();
            if (p.trancheId() == trancheId
                    && p.amountFen() == amount
                    && p.externalReference().equals(reference)
                    && p.paidOn().equals(paidOn)) {
                return new Recorded(PaymentView.of(p, actor.accountId()), false);
            }
            throw ConflictException.onField("idempotencyKey", "payment.key.reused");
        }

        Award award = awards.lockById(ofTranche.id()).orElseThrow();
        Tranche tranche = tranches.lockById(trancheId).orElseThrow();
        if (!Tranche.PAYABLE.equals(tranche.status())
                || !(Award.ACCEPTED.equals(award.status()) || Award.COMPLETED.equals(award.status()))) {
            throw ConflictException.onField("trancheId", "payment.tranche.not-payable", tranche.seq());
        }
        recipients.requireVerified(award);
        if (payments.findByTrancheIdAndStatus(trancheId, Payment.RECORDED).isPresent()) {
            throw ConflictException.onField("trancheId", "payment.tranche.open-payment", tranche.seq());
        }
        if (amount > tranche.unpaidFen()) {
            throw InvalidInputException.of("amountFen", "payment.amount.above-unpaid", Money.yuan(tranche.unpaidFen()));
        }
        Payment saved = payments.save(new Payment(
                null,
                trancheId,
                organisationId,
                amount,
                reference,
                key,
                paidOn,
                Payment.RECORDED,
                null,
                actor.accountId(),
                Money.now(),
                null,
                null));
        audit.record(
                actor.accountId(),
                "funding.payment.recorded",
                OBJECT_TYPE,
                saved.id(),
                "award " + award.id() + ", tranche " + tranche.seq() + ", " + amount + " fen");
        return new Recorded(PaymentView.of(saved, actor.accountId()), true);
    }

    /**
     * Another member approves the recorded payment: the ledger's payment entry, the tranche's and the award's paid
     * amounts (the tranche {@code paid} when fully paid, the award {@code completed}); a payment of a matched award's
     * tranche makes the same tranche of each matching award payable.
     */
    @Transactional
    public PaymentView approve(Actor actor, long organisationId, long paymentId) {
        access.requireCanPublish(actor, organisationId);
        Payment found = ofFunder(organisationId, paymentId);
        if (found.recordedBy() == actor.accountId()) {
            throw AwardWorkflow.fourEyes();
        }
        Tranche ofPayment = tranches.findById(found.trancheId()).orElseThrow();
        Award award = awards.lockById(ofPayment.awardId()).orElseThrow();
        Tranche tranche = tranches.lockById(ofPayment.id()).orElseThrow();
        Payment payment = payments.lockById(paymentId).orElseThrow();
        if (!Payment.RECORDED.equals(payment.status())) {
            throw new ConflictException("payment.not-recorded", payment.status());
        }
        recipients.requireVerified(award);
        if (payment.amountFen() > tranche.unpaidFen()) {
            throw ConflictException.onField(
                    "amountFen", "payment.amount.above-unpaid", Money.yuan(tranche.unpaidFen()));
        }
        Instant now = Money.now();
        Payment approved = payments.update(payment.decided(Payment.APPROVED, null, actor.accountId(), now));
        Tranche paid = tranches.update(tranche.paid(payment.amountFen(), now));
        Award updated = awards.update(award.paid(payment.amountFen()));
        ledger.payment(updated, paid, approved, actor.accountId());
        audit.record(
                actor.accountId(),
                "funding.payment.approved",
                OBJECT_TYPE,
                paymentId,
                "award " + award.id() + ", tranche " + tranche.seq() + ", " + payment.amountFen() + " fen");
        if (Award.COMPLETED.equals(updated.status()) && !Award.COMPLETED.equals(award.status())) {
            audit.record(actor.accountId(), "funding.award.completed", AwardWorkflow.OBJECT_TYPE, award.id(), "paid");
        }
        // A matching tranche follows the matched one once that is paid in full, never ahead of it, and once the
        // matcher approved its own report on it (a tranche after the first has one since matching awards have a
        // report schedule of their own; one without reports follows the payment alone).
        if (!award.matching() && Tranche.PAID.equals(paid.status())) {
            for (Award matching : awards.lockMatching(award.id())) {
                if (!Award.ACCEPTED.equals(matching.status())) {
                    continue;
                }
                tranches.findByAwardIdAndSeq(matching.id(), tranche.seq())
                        .flatMap(t -> tranches.lockById(t.id()))
                        .filter(t -> Tranche.PENDING.equals(t.status()))
                        .filter(t -> tranches.reportsApproved(t.id()))
                        .ifPresent(t -> {
                            tranches.update(t.payable(now));
                            audit.record(
                                    actor.accountId(),
                                    "funding.tranche.payable",
                                    Awards.TRANCHE,
                                    t.id(),
                                    "award " + matching.id() + ", tranche " + t.seq()
                                            + ": the matched tranche was paid");
                        });
            }
        }
        return PaymentView.of(approved, actor.accountId());
    }

    /**
     * A member rejects a recorded payment, saying why; nothing reaches the ledger. The member who recorded it may take
     * it back: rejected with nobody as the deciding member.
     */
    @Transactional
    public PaymentView reject(Actor actor, long organisationId, long paymentId, @Nullable String reason) {
        access.requireCanPublish(actor, organisationId);
        ofFunder(organisationId, paymentId);
        String why = AwardWorkflow.reason(reason);
        Payment payment = payments.lockById(paymentId).orElseThrow();
        if (!Payment.RECORDED.equals(payment.status())) {
            throw new ConflictException("payment.not-recorded", payment.status());
        }
        boolean own = payment.recordedBy() == actor.accountId();
        Payment rejected =
                payments.update(payment.decided(Payment.REJECTED, why, own ? null : actor.accountId(), Money.now()));
        audit.record(
                actor.accountId(),
                own ? "funding.payment.withdrawn" : "funding.payment.rejected",
                OBJECT_TYPE,
                paymentId,
                "reason of " + why.length() + " characters");
        return PaymentView.of(rejected, actor.accountId());
    }

    private Payment ofFunder(long organisationId, long paymentId) {
        return payments.findById(paymentId)
                .filter(p -> p.funderOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("award.resource.payment", paymentId));
    }

    private static LocalDate paidOn(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("paidOn", "payment.paid-on.required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("paidOn", "payment.paid-on.invalid");
        }
        LocalDate today = LocalDate.now(AwardViews.SHANGHAI);
        if (day.isAfter(today) || day.isBefore(today.minusYears(10))) {
            throw InvalidInputException.of("paidOn", "payment.paid-on.invalid");
        }
        return Objects.requireNonNull(day);
    }
}
