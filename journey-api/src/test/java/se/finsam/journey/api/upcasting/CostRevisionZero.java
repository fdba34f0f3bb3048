package se.finsam.journey.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import se.finsam.journey.ledger.events.CostRecorded;

/**
 * The upcaster an earlier shape of a ledger's cost would need: in this (made-up) revision 0 the amount was kronor as
 * a decimal text ({@code amountKronor}, e.g. {@code "2500.50"}) instead of whole öre. Shipped in test sources only,
 * to show that the ledger's readers (the aggregate, the ledger reports, their manifests) apply the chain too.
 */
public class CostRevisionZero extends SingleEventUpcaster {

    static final String TYPE = CostRecorded.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return TYPE.equals(stored.getType().getName()) && "0".equals(stored.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(new SimpleSerializedType(TYPE, "1"), JsonNode.class, payload -> {
            ObjectNode cost = (ObjectNode) payload;
            BigDecimal kronor = new BigDecimal(cost.remove("amountKronor").asText());
            cost.put("amountOre", kronor.movePointRight(2).longValueExact());
            return cost;
        });
    }
}
