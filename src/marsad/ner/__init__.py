"""Arabic named-entity recognition: a CRF trained in-house on ANERcorp (see README.md)."""

from marsad.ner.stage import NerStage

__all__ = ["NerStage"]
