import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageId } from './catalogue.js';
import { EcrError, ecrErrors, isEcrError, statusDescriptions } from './ecr-error.js';

const DIGEST = 'sha256:74b2c688c700ec95a93e478cdb959737c148df3fbf5ea706abe0318726e885e6';

describe('EcrError texts equal the texts observed from AWS (spec §3.2)', () => {
  it('I3: imageNotFound prints a missing member as the literal null (live-verified body)', () => {
    const error = EcrError.of('imageNotFound', {
      imageDigest: 'null',
      imageTag: '28f3d25',
      repositoryName: 'otchealth-mcp-gateway',
      registryId: '900915535335',
    });
    expect(error.message).toBe(
      "The image with imageId {imageDigest:'null', imageTag:'28f3d25'} does not exist within the repository with name 'otchealth-mcp-gateway' in the registry with id '900915535335'",
    );
    expect(
      ecrErrors.imageNotFound({
        imageTag: '28f3d25',
        repositoryName: 'otchealth-mcp-gateway',
        registryId: '900915535335',
      }).message,
    ).toBe(error.message);
    expect(error.name).toBe('ImageNotFoundException');
  });

  it('L5: scanNotFound', () => {
    expect(
      ecrErrors.scanNotFound({
        imageDigest: DIGEST,
        repositoryName: 'sample-repo',
        registryId: '123456789012',
      }).message,
    ).toBe(
      `Image scan does not exist for the image with '{imageDigest:'${DIGEST}', imageTag:'null'}' in the repository with name 'sample-repo' in the registry with id '123456789012'`,
    );
  });

  it('G1: repositoryNotFound', () => {
    const error = ecrErrors.repositoryNotFound('amazia-market', '741011674945');
    expect(error.message).toBe(
      "The repository with name 'amazia-market' does not exist in the registry with id '741011674945'",
    );
    expect(error.toJSON()).toEqual({
      name: 'RepositoryNotFoundException',
      message: error.message,
      $fault: 'client',
      httpStatus: 400,
    });
  });

  it('Q1: scanQuotaPerImage', () => {
    const error = ecrErrors.scanQuotaPerImage();
    expect(error.message).toBe('The scan quota per image has been exceeded. Wait and try again.');
    expect(error.name).toBe('LimitExceededException');
  });

  it('U1: unsupportedImageType', () => {
    expect(ecrErrors.unsupportedImageType('application/vnd.oci.image.index.v1+json').message).toBe(
      "An artifact with media type 'application/vnd.oci.image.index.v1+json' cannot be scanned. For more information, see the Amazon ECR documentation.",
    );
  });

  it('V1: invalidParameter', () => {
    expect(
      ecrErrors.invalidParameter('maxResults', 'Member must have value less than or equal to 1000').message,
    ).toBe(
      "Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value less than or equal to 1000'",
    );
  });

  it('a user value containing a placeholder is inserted verbatim', () => {
    expect(ecrErrors.repositoryNotFound('<registryId>', '123456789012').message).toContain(
      "name '<registryId>'",
    );
  });
});

describe('EcrError', () => {
  it('takes $fault and httpStatus from the catalogue', () => {
    expect(ecrErrors.serverError()).toMatchObject({
      name: 'ServerException',
      $fault: 'server',
      httpStatus: 500,
    });
    expect(ecrErrors.serializationBody()).toMatchObject({ $fault: 'client', httpStatus: 400 });
  });

  it('refuses to build an error from a status description', () => {
    expect(() => EcrError.of('scanComplete')).toThrow(TypeError);
  });

  it('every error message id builds an error of its code', () => {
    for (const [id, entry] of Object.entries(MESSAGES)) {
      if (entry.code === null) continue;
      expect(EcrError.of(id as MessageId).name, id).toBe(entry.code);
    }
  });

  it('isEcrError recognises copies by shape and refuses look-alikes', () => {
    expect(isEcrError(ecrErrors.throttling())).toBe(true);
    expect(isEcrError({ ...ecrErrors.throttling().toJSON() })).toBe(true);
    expect(isEcrError({ name: 'NotACode', message: 'x', $fault: 'client', httpStatus: 400 })).toBe(false);
    expect(isEcrError({ name: 'toString', message: 'x', $fault: 'client', httpStatus: 400 })).toBe(false);
    expect(isEcrError(new Error('x'))).toBe(false);
    expect(isEcrError(null)).toBe(false);
  });

  it('byCode uses the fixed text of a code where it has one', () => {
    expect(ecrErrors.byCode('LimitExceededException').message).toBe(MESSAGES.scanQuotaPerImage.template);
    expect(ecrErrors.byCode('ImageNotFoundException', 'x').message).toBe('[ecr-scan-sim] injected fault: x');
  });
});

describe('statusDescriptions', () => {
  it('L3, L4: the observed descriptions', () => {
    expect(statusDescriptions.complete()).toBe('The scan was completed successfully.');
    expect(statusDescriptions.unsupportedOs()).toBe(
      'UnsupportedImageError: The operating system and/or package manager are not supported.',
    );
    expect(statusDescriptions.unsupportedOs('alpine', 'v3.18')).toBe(
      "UnsupportedImageError: The operating system 'alpine' version 'v3.18' is not supported.",
    );
    expect(statusDescriptions.continuousScan()).toBe('Continuous scan is selected for image.');
  });
});
