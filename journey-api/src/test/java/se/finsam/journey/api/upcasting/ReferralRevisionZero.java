package se.finsam.journey.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * The upcaster an earlier shape of the referral would need: in this (made-up) revision 0 the initiative was
 * {@code initiativeCode}, the referring party {@code party}, and years in public support did not exist. Shipped in
 * test sources only, to show that every reader of stored events applies the chain (docs/architecture.md, "Changing an
 * event").
 */
public class ReferralRevisionZero extends SingleEventUpcaster {

    static final String TYPE = ParticipantReferred.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return TYPE.equals(stored.getType().getName()) && "0".equals(stored.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(new SimpleSerializedType(TYPE, "1"), JsonNode.class, payload -> {
            ObjectNode referral = (ObjectNode) payload;
            referral.set("initiative", referral.remove("initiativeCode"));
            referral.set("referringParty", referral.remove("party"));
            return referral;
        });
    }
}
