package org.rawafid.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;

/** A story's page as JSON: the same reports as the HTML page, each with the words that differ. */
final class StoryJsonRenderer {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] render(StoryView story) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", story.guid());
        root.put("key", StoryKey.ofGuid(story.guid()).orElseThrow());
        root.put("url", story.url(Format.HTML));
        root.put("title", story.title());
        root.put("language", "ar");
        root.put("outlets", story.outlets());
        root.put("updated", DateTimeFormatter.ISO_INSTANT.format(story.updated()));
        ArrayNode reports = root.putArray("reports");
        for (StoryView.Report report : story.reports()) {
            ObjectNode node = reports.addObject();
            ObjectNode outlet = node.putObject("outlet");
            outlet.put("id", report.outlet().id());
            outlet.put("title", report.outlet().title());
            if (Markup.isWebUrl(report.outlet().homeUrl())) {
                outlet.put("url", report.outlet().homeUrl());
            }
            node.put("published", DateTimeFormatter.ISO_INSTANT.format(report.published()));
            node.put("title", report.title().plain());
            node.put("url", report.link());
            node.put("lead", report.lead().plain());
            node.put("first", report.first());
            ArrayNode differs = node.putArray("differs");
            report.title().markedWords().forEach(differs::add);
            report.lead().markedWords().stream().filter(w -> !report.title().markedWords().contains(w))
                    .forEach(differs::add);
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new PublishException("cannot write story " + story.guid(), e);
        }
    }
}
