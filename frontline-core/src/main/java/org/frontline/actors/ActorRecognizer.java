package org.frontline.actors;

import java.time.LocalDate;
import java.util.List;
import org.frontline.text.AnalyzedText;

/** Finds armed groups, state forces and generic actors in a text. Thread-safe. */
public interface ActorRecognizer {
    /**
     * @param date    the article's date (first day of its month/year when less precise); renames and memberships
     *                are resolved at this date; null means today
     * @param country ISO alpha-2 of the article's main country, used for generic actors ("l'armée" → Military
     *                Forces of that country); nullable
     * @return mentions in text order, non-overlapping, longest match first
     */
    List<ActorMention> recognize(AnalyzedText text, LocalDate date, String country);
}
