"""The reporting verbs as a trie match what their plain alternation matched, wherever a pattern puts them."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.sourcewords import _SAYING, SAYS

# The alternation as it was written before the trie (session 15): the same words, in this order.
_PLAIN = (r"said|says|say|added|adds|told|tells|wrote|writes|stated|states|declared|insisted|argued|warned|explained|"
          r"noted|asked|replied|answered|pledged|promised|continued|claimed|announced|posted|tweeted|condemned|urged|stressed|"
          r"confirmed|denied|commented|remarked|indicated|estimated|recalled|reminded|acknowledged|admitted|suggested|"
          r"predicted|observed|responded|concluded|emphasi[sz]ed|highlighted|cautioned|testified|recounted|"
          r"quipped|joked|shouted|yelled|screamed|exclaimed|whispered|murmured|muttered|mused|boasted|bragged|complained|"
          r"remembered|conceded|lamented|pleaded|vowed|countered|retorted|snapped|scoffed|sighed|agreed|reasoned|reflected|maintained|"
          r"contended|asserted|alleged|demanded|proclaimed|reiterated|elaborated|clarified|laughed|assured|wondered|texted|"
          r"emailed|disagreed|pointed\s+out|went\s+on|weighed\s+in|chimed\s+in|explains|notes|recalls|argues|insists|warns|agrees|admits|jokes|continues|"
          r"comments|observes|stresses|responds|replies|concludes|confirms|suggests|tweets|cautions|acknowledges|"
          r"concedes|laments|maintains|asserts|reiterates|emphasi[sz]es|highlights|testifies|declares|announces|recounts|"
          r"predicts|points\s+out|reflects|reasons|muses|wonders|asks|answers")
_PIECES = st.sampled_from([*_SAYING, "say", "s", "ed", "pointed", " out", "went", " on", "in", "  ", " ", "x", "Said", "SAYS"])


@given(st.lists(_PIECES, max_size=6).map("".join), st.sampled_from(["", r"\b", r"\s+\w", r"\s*$"]),
       st.sampled_from([0, re.IGNORECASE]))
def test_same_matches_as_the_plain_alternation(text, after, flags):
    plain, trie = re.compile(rf"(?:{_PLAIN}){after}", flags), re.compile(rf"(?:{SAYS}){after}", flags)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
