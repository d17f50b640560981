"""The extractor: events read from the sentences of one article, in the order of its steps.

- ``lexicon``: the words, as data (rows with the phrase that motivated each; verb forms generated)
- ``cues``: the patterns compiled from the lexicon, and the cues that need their neighbours
- ``units``: home stations of units, for origins the text only implies
- ``sentence``: one sentence's triggers, whether each is asserted, its dates and places
- ``kinetic``: strikes and attacks (who hit whom decides the type)
- ``movements``: deployments, from an origin to a destination
- ``article``: the article read sentence by sentence, with what one sentence tells of another
  (an elaboration, an origin told after, a day told apart from its place)

``geo.extract.article.extract`` is the entry point; ``geo.merge`` joins its candidates across
articles, and ``geo.types`` says what each event type is.
"""
