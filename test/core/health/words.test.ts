import assert from 'node:assert/strict';
import { coverageText, heldBackText, noVerdictText, scoreText } from '../../../src/core/health/format/words';
import { MIN_COVERAGE } from '../../../src/core/health/score';

// The sentences a lead reads beside the scores: each branch pinned, so a wrong word or a wrong boundary fails here.
describe('health words', () => {
  it('says what a score rests on, one check or many', () => {
    assert.equal(coverageText({ known: 1, total: 1, share: 1 }), 'based on 1 of 1 check, 100% of the weight');
    assert.equal(coverageText({ known: 3, total: 4, share: 0.625 }), 'based on 3 of 4 checks, 63% of the weight');
    assert.equal(coverageText({ known: 0, total: 0, share: 0 }), 'based on 0 of 0 checks, 0% of the weight');
  });

  it('writes a dash for an unknown score', () => {
    assert.equal(scoreText(undefined), '–');
    assert.equal(scoreText(0), '0');
  });

  it('gives a reason for no verdict only when there is no score and less than half of the weight is known', () => {
    const below = { known: 1, total: 4, share: MIN_COVERAGE - 0.01 };
    const exactly = { known: 2, total: 4, share: MIN_COVERAGE };
    assert.equal(noVerdictText(undefined, below), 'no verdict: less than 50% of the weight has data behind it');
    // At exactly half a score is given, so there is nothing to explain.
    assert.equal(noVerdictText(undefined, exactly), undefined);
    // A score, however little it rests on, is explained by its coverage, not by this sentence.
    assert.equal(noVerdictText(40, below), undefined);
    assert.equal(noVerdictText(40, exactly), undefined);
  });

  describe('why the overall status is worse than its score', () => {
    const at = (status: 'healthy' | 'watch' | 'at-risk' | 'unknown') => status;
    it('names the one dimension at risk that holds a healthy score back', () => {
      const report = { score: 85, status: at('watch'), dimensions: [{ dimension: 'purpose' as const, status: at('healthy') }, { dimension: 'inclusion' as const, status: at('at-risk') }] };
      assert.equal(heldBackText(report), 'watch, not healthy, while a dimension is at risk: Inclusion and representation');
    });

    it('names two or three dimensions with commas and a final "and", in their order', () => {
      const dimensions = [
        { dimension: 'leadership' as const, status: at('at-risk') },
        { dimension: 'participation' as const, status: at('healthy') },
        { dimension: 'connectivity' as const, status: at('at-risk') },
        { dimension: 'inclusion' as const, status: at('at-risk') },
      ];
      assert.equal(
        heldBackText({ score: 90, status: at('watch'), dimensions }),
        'watch, not healthy, while dimensions are at risk: Distributed, time-limited leadership, Connectivity and power distribution and Inclusion and representation',
      );
      assert.equal(
        heldBackText({ score: 90, status: at('watch'), dimensions: dimensions.slice(0, 3) }),
        'watch, not healthy, while dimensions are at risk: Distributed, time-limited leadership and Connectivity and power distribution',
      );
    });

    it('says nothing when the status stands as the score reads, or there is no score, or no dimension is at risk', () => {
      const risky = [{ dimension: 'inclusion' as const, status: at('at-risk') }];
      assert.equal(heldBackText({ score: 85, status: at('healthy'), dimensions: risky }), undefined);
      assert.equal(heldBackText({ score: undefined, status: at('watch'), dimensions: risky }), undefined);
      // A score that is not healthy anyway is not held back by anything.
      assert.equal(heldBackText({ score: 60, status: at('watch'), dimensions: risky }), undefined);
      assert.equal(heldBackText({ score: 85, status: at('watch'), dimensions: [{ dimension: 'inclusion' as const, status: at('watch') }] }), undefined);
    });
  });
});
