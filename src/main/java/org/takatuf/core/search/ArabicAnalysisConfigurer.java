package org.takatuf.core.search;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers for every indexed text field of the platform.
 *
 * <ul>
 *   <li>{@value #ARABIC}: hashtags split into words ({@code #كلنا_أكرم} finds {@code اكرم}),
 *   Arabic-Indic digits folded, hamza/alef forms, ta marbuta, alef maqsura, diacritics and tatweel
 *   normalised, light Arabic stemming; Latin text lower-cased and accent-folded.</li>
 *   <li>{@value #ARABIC_EXACT}: the same without stemming, for names.</li>
 * </ul>
 */
public class ArabicAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String ARABIC = "arabic";
    public static final String ARABIC_EXACT = "arabic_exact";
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ARABIC).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[_#@]").param("replacement", " ")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(ARABIC_EXACT).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[_#@]").param("replacement", " ")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class);
    }
}
