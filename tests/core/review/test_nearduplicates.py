"""Near-duplicate articles: a wire story reworded or trimmed by other outlets is found; stories on the same subject are not."""

from __future__ import annotations

import random
import subprocess
import sys

from newsmark.core.review.nearduplicates import Sketcher, are_near_duplicates, near_duplicate_groups, similarity

from tests.core.review.wirestories import FOLLOW_UP, OTHER_GRAIN, REWORDED, TRIMMED, UNRELATED, WIRE

STORIES = {"wire": WIRE, "reworded": REWORDED, "trimmed": TRIMMED, "other": OTHER_GRAIN, "follow-up": FOLLOW_UP,
           "unrelated": UNRELATED}


def test_one_wire_story_reworded_and_trimmed_is_one_group_and_the_other_stories_stay_apart():
    assert near_duplicate_groups(STORIES.items()) == [["wire", "reworded", "trimmed"]]


def test_the_trimmed_copy_is_found_by_containment_not_by_jaccard():
    sketcher = Sketcher()
    jaccard, contained = similarity(sketcher.sketch(WIRE), sketcher.sketch(TRIMMED))
    assert jaccard < 0.5 <= 0.8 <= contained
    assert near_duplicate_groups([("wire", WIRE), ("trimmed", TRIMMED)]) == [["wire", "trimmed"]]
    assert near_duplicate_groups([("wire", WIRE), ("trimmed", TRIMMED)], containment=1.01) == []


def test_a_story_repeating_one_paragraph_of_another_is_not_its_copy():
    sketcher = Sketcher()
    jaccard, contained = similarity(sketcher.sketch(WIRE), sketcher.sketch(FOLLOW_UP))
    assert jaccard < 0.2 and contained < 0.5


def test_the_groups_do_not_depend_on_the_order_of_the_texts():
    items = list(STORIES.items())
    for seed in range(5):
        random.Random(seed).shuffle(items)
        assert sorted(map(sorted, near_duplicate_groups(items))) == [["reworded", "trimmed", "wire"]]


def test_sketches_are_the_same_in_every_process_whatever_pythons_hash_seed():
    # Python's str hash() is salted per process; a split that used it would change from run to run.
    code = (
        "from newsmark.core.review.nearduplicates import Sketcher\n"
        "from tests.core.review.wirestories import WIRE\n"
        "print(hash(Sketcher().sketch(WIRE)))\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "PYTHONPATH": ":".join(sys.path)}
        outputs.add(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout)
    assert len(outputs) == 1


def test_texts_without_words_are_in_no_group_and_short_ones_only_with_their_equals():
    groups = near_duplicate_groups([(1, ""), (2, "  ...  "), (3, "Kyiv"), (4, "kyiv!"), (5, "Odesa"), (6, "")])
    assert groups == [[3, 4]]


def test_a_headline_quoted_inside_a_long_story_does_not_make_it_a_copy():
    headline = "Ukraine exported 5.2 million tonnes of grain through its Black Sea ports in February"
    sketcher = Sketcher()
    story, short = sketcher.sketch(WIRE), sketcher.sketch(headline)
    assert similarity(story, short)[1] == 1.0  # "all inside": an estimate that means little for 13 shingles
    assert not are_near_duplicates(story, short)
    assert near_duplicate_groups([("story", WIRE), ("headline", headline)]) == []


def test_a_crowd_of_copies_is_one_group_and_a_shared_footer_makes_no_copies():
    # 150 sites run the wire story with their own last line, and 150 other stories end with one
    # site's long footer: both crowd LSH buckets far past BUCKET_PAIRS, so the leaders path decides.
    rng = random.Random(5)
    words = OTHER_GRAIN.split() + UNRELATED.split() + FOLLOW_UP.split()
    footer = " ".join(rng.choices(words, k=250))
    copies = [(f"copy{i}", f"{WIRE}\n\nRead more at site{i}.") for i in range(150)]
    others = [(f"other{i}", " ".join(rng.choices(words, k=250)) + "\n\n" + footer) for i in range(150)]
    groups = near_duplicate_groups(copies + others)
    assert [sorted(g) for g in groups] == [sorted(k for k, _ in copies)]
