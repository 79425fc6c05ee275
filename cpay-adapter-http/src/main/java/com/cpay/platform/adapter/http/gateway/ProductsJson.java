package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.card.ProductLine;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code products} form field of pwpp and createOrderByCreditCard (docs/decisions.md, decision 20): a JSON array of
 * {@code {"name","price","num","currency"}}, every value a string as in the document's example.
 */
final class ProductsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ProductsJson() {
    }

    static String write(List<ProductLine> lines) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (ProductLine line : lines) {
                g.writeStartObject();
                g.writeStringField("name", line.name());
                g.writeStringField("price", line.price().toPlainString());
                g.writeStringField("num", Integer.toString(line.quantity()));
                g.writeStringField("currency", line.currency());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("products could not be written as JSON", e);
        }
        return out.toString();
    }
}
