"""Text before extraction: normalisation for matching, with a way back to the original offsets."""

from policygraph.text.normalize import MatchingText, canonical_tone_placement, matching_text

__all__ = ["MatchingText", "canonical_tone_placement", "matching_text"]
