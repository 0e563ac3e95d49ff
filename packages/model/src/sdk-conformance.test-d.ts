// SDK type conformance: our request, response, shape and enum types are mutually assignable with
// @aws-sdk/client-ecr's and have the same member names, so a drift in the SDK (a new member, a new enum value, a
// changed type) fails `pnpm typecheck` and this file's vitest typecheck run rather than our users' builds.
// Inputs are the commands' `XCommandInput`; outputs are `XCommandOutput` without `$metadata`.
import type * as Sdk from '@aws-sdk/client-ecr';
import { describe, expectTypeOf, it } from 'vitest';
import type * as Ours from './index.js';

/** Output of a command without the SDK's response metadata. */
type Out<T> = Omit<T, '$metadata'>;

describe('operation inputs and outputs equal the SDK types (both directions, same members)', () => {
  it('StartImageScan', () => {
    expectTypeOf<Ours.StartImageScanRequest>().toExtend<Sdk.StartImageScanCommandInput>();
    expectTypeOf<Sdk.StartImageScanCommandInput>().toExtend<Ours.StartImageScanRequest>();
    expectTypeOf<keyof Ours.StartImageScanRequest>().toEqualTypeOf<keyof Sdk.StartImageScanCommandInput>();
    expectTypeOf<Ours.StartImageScanResponse>().toExtend<Out<Sdk.StartImageScanCommandOutput>>();
    expectTypeOf<Out<Sdk.StartImageScanCommandOutput>>().toExtend<Ours.StartImageScanResponse>();
    expectTypeOf<keyof Ours.StartImageScanResponse>().toEqualTypeOf<
      keyof Out<Sdk.StartImageScanCommandOutput>
    >();
  });
  it('DescribeImageScanFindings', () => {
    expectTypeOf<Ours.DescribeImageScanFindingsRequest>().toExtend<Sdk.DescribeImageScanFindingsCommandInput>();
    expectTypeOf<Sdk.DescribeImageScanFindingsCommandInput>().toExtend<Ours.DescribeImageScanFindingsRequest>();
    expectTypeOf<keyof Ours.DescribeImageScanFindingsRequest>().toEqualTypeOf<
      keyof Sdk.DescribeImageScanFindingsCommandInput
    >();
    expectTypeOf<Ours.DescribeImageScanFindingsResponse>().toExtend<
      Out<Sdk.DescribeImageScanFindingsCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.DescribeImageScanFindingsCommandOutput>
    >().toExtend<Ours.DescribeImageScanFindingsResponse>();
    expectTypeOf<keyof Ours.DescribeImageScanFindingsResponse>().toEqualTypeOf<
      keyof Out<Sdk.DescribeImageScanFindingsCommandOutput>
    >();
  });
  it('DescribeImages', () => {
    expectTypeOf<Ours.DescribeImagesRequest>().toExtend<Sdk.DescribeImagesCommandInput>();
    expectTypeOf<Sdk.DescribeImagesCommandInput>().toExtend<Ours.DescribeImagesRequest>();
    expectTypeOf<keyof Ours.DescribeImagesRequest>().toEqualTypeOf<keyof Sdk.DescribeImagesCommandInput>();
    expectTypeOf<Ours.DescribeImagesResponse>().toExtend<Out<Sdk.DescribeImagesCommandOutput>>();
    expectTypeOf<Out<Sdk.DescribeImagesCommandOutput>>().toExtend<Ours.DescribeImagesResponse>();
    expectTypeOf<keyof Ours.DescribeImagesResponse>().toEqualTypeOf<
      keyof Out<Sdk.DescribeImagesCommandOutput>
    >();
  });
  it('CreateRepository', () => {
    expectTypeOf<Ours.CreateRepositoryRequest>().toExtend<Sdk.CreateRepositoryCommandInput>();
    expectTypeOf<Sdk.CreateRepositoryCommandInput>().toExtend<Ours.CreateRepositoryRequest>();
    expectTypeOf<keyof Ours.CreateRepositoryRequest>().toEqualTypeOf<
      keyof Sdk.CreateRepositoryCommandInput
    >();
    expectTypeOf<Ours.CreateRepositoryResponse>().toExtend<Out<Sdk.CreateRepositoryCommandOutput>>();
    expectTypeOf<Out<Sdk.CreateRepositoryCommandOutput>>().toExtend<Ours.CreateRepositoryResponse>();
    expectTypeOf<keyof Ours.CreateRepositoryResponse>().toEqualTypeOf<
      keyof Out<Sdk.CreateRepositoryCommandOutput>
    >();
  });
  it('DeleteRepository', () => {
    expectTypeOf<Ours.DeleteRepositoryRequest>().toExtend<Sdk.DeleteRepositoryCommandInput>();
    expectTypeOf<Sdk.DeleteRepositoryCommandInput>().toExtend<Ours.DeleteRepositoryRequest>();
    expectTypeOf<keyof Ours.DeleteRepositoryRequest>().toEqualTypeOf<
      keyof Sdk.DeleteRepositoryCommandInput
    >();
    expectTypeOf<Ours.DeleteRepositoryResponse>().toExtend<Out<Sdk.DeleteRepositoryCommandOutput>>();
    expectTypeOf<Out<Sdk.DeleteRepositoryCommandOutput>>().toExtend<Ours.DeleteRepositoryResponse>();
    expectTypeOf<keyof Ours.DeleteRepositoryResponse>().toEqualTypeOf<
      keyof Out<Sdk.DeleteRepositoryCommandOutput>
    >();
  });
  it('DescribeRepositories', () => {
    expectTypeOf<Ours.DescribeRepositoriesRequest>().toExtend<Sdk.DescribeRepositoriesCommandInput>();
    expectTypeOf<Sdk.DescribeRepositoriesCommandInput>().toExtend<Ours.DescribeRepositoriesRequest>();
    expectTypeOf<keyof Ours.DescribeRepositoriesRequest>().toEqualTypeOf<
      keyof Sdk.DescribeRepositoriesCommandInput
    >();
    expectTypeOf<Ours.DescribeRepositoriesResponse>().toExtend<Out<Sdk.DescribeRepositoriesCommandOutput>>();
    expectTypeOf<Out<Sdk.DescribeRepositoriesCommandOutput>>().toExtend<Ours.DescribeRepositoriesResponse>();
    expectTypeOf<keyof Ours.DescribeRepositoriesResponse>().toEqualTypeOf<
      keyof Out<Sdk.DescribeRepositoriesCommandOutput>
    >();
  });
  it('PutImage', () => {
    expectTypeOf<Ours.PutImageRequest>().toExtend<Sdk.PutImageCommandInput>();
    expectTypeOf<Sdk.PutImageCommandInput>().toExtend<Ours.PutImageRequest>();
    expectTypeOf<keyof Ours.PutImageRequest>().toEqualTypeOf<keyof Sdk.PutImageCommandInput>();
    expectTypeOf<Ours.PutImageResponse>().toExtend<Out<Sdk.PutImageCommandOutput>>();
    expectTypeOf<Out<Sdk.PutImageCommandOutput>>().toExtend<Ours.PutImageResponse>();
    expectTypeOf<keyof Ours.PutImageResponse>().toEqualTypeOf<keyof Out<Sdk.PutImageCommandOutput>>();
  });
  it('BatchDeleteImage', () => {
    expectTypeOf<Ours.BatchDeleteImageRequest>().toExtend<Sdk.BatchDeleteImageCommandInput>();
    expectTypeOf<Sdk.BatchDeleteImageCommandInput>().toExtend<Ours.BatchDeleteImageRequest>();
    expectTypeOf<keyof Ours.BatchDeleteImageRequest>().toEqualTypeOf<
      keyof Sdk.BatchDeleteImageCommandInput
    >();
    expectTypeOf<Ours.BatchDeleteImageResponse>().toExtend<Out<Sdk.BatchDeleteImageCommandOutput>>();
    expectTypeOf<Out<Sdk.BatchDeleteImageCommandOutput>>().toExtend<Ours.BatchDeleteImageResponse>();
    expectTypeOf<keyof Ours.BatchDeleteImageResponse>().toEqualTypeOf<
      keyof Out<Sdk.BatchDeleteImageCommandOutput>
    >();
  });
  it('PutImageScanningConfiguration', () => {
    expectTypeOf<Ours.PutImageScanningConfigurationRequest>().toExtend<Sdk.PutImageScanningConfigurationCommandInput>();
    expectTypeOf<Sdk.PutImageScanningConfigurationCommandInput>().toExtend<Ours.PutImageScanningConfigurationRequest>();
    expectTypeOf<keyof Ours.PutImageScanningConfigurationRequest>().toEqualTypeOf<
      keyof Sdk.PutImageScanningConfigurationCommandInput
    >();
    expectTypeOf<Ours.PutImageScanningConfigurationResponse>().toExtend<
      Out<Sdk.PutImageScanningConfigurationCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.PutImageScanningConfigurationCommandOutput>
    >().toExtend<Ours.PutImageScanningConfigurationResponse>();
    expectTypeOf<keyof Ours.PutImageScanningConfigurationResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutImageScanningConfigurationCommandOutput>
    >();
  });
  it('PutRegistryScanningConfiguration', () => {
    expectTypeOf<Ours.PutRegistryScanningConfigurationRequest>().toExtend<Sdk.PutRegistryScanningConfigurationCommandInput>();
    expectTypeOf<Sdk.PutRegistryScanningConfigurationCommandInput>().toExtend<Ours.PutRegistryScanningConfigurationRequest>();
    expectTypeOf<keyof Ours.PutRegistryScanningConfigurationRequest>().toEqualTypeOf<
      keyof Sdk.PutRegistryScanningConfigurationCommandInput
    >();
    expectTypeOf<Ours.PutRegistryScanningConfigurationResponse>().toExtend<
      Out<Sdk.PutRegistryScanningConfigurationCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.PutRegistryScanningConfigurationCommandOutput>
    >().toExtend<Ours.PutRegistryScanningConfigurationResponse>();
    expectTypeOf<keyof Ours.PutRegistryScanningConfigurationResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutRegistryScanningConfigurationCommandOutput>
    >();
  });
  it('GetRegistryScanningConfiguration', () => {
    expectTypeOf<Ours.GetRegistryScanningConfigurationRequest>().toExtend<Sdk.GetRegistryScanningConfigurationCommandInput>();
    expectTypeOf<Sdk.GetRegistryScanningConfigurationCommandInput>().toExtend<Ours.GetRegistryScanningConfigurationRequest>();
    expectTypeOf<keyof Ours.GetRegistryScanningConfigurationRequest>().toEqualTypeOf<
      keyof Sdk.GetRegistryScanningConfigurationCommandInput
    >();
    expectTypeOf<Ours.GetRegistryScanningConfigurationResponse>().toExtend<
      Out<Sdk.GetRegistryScanningConfigurationCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.GetRegistryScanningConfigurationCommandOutput>
    >().toExtend<Ours.GetRegistryScanningConfigurationResponse>();
    expectTypeOf<keyof Ours.GetRegistryScanningConfigurationResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetRegistryScanningConfigurationCommandOutput>
    >();
  });
  it('UpdateImageStorageClass', () => {
    expectTypeOf<Ours.UpdateImageStorageClassRequest>().toExtend<Sdk.UpdateImageStorageClassCommandInput>();
    expectTypeOf<Sdk.UpdateImageStorageClassCommandInput>().toExtend<Ours.UpdateImageStorageClassRequest>();
    expectTypeOf<keyof Ours.UpdateImageStorageClassRequest>().toEqualTypeOf<
      keyof Sdk.UpdateImageStorageClassCommandInput
    >();
    expectTypeOf<Ours.UpdateImageStorageClassResponse>().toExtend<
      Out<Sdk.UpdateImageStorageClassCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.UpdateImageStorageClassCommandOutput>
    >().toExtend<Ours.UpdateImageStorageClassResponse>();
    expectTypeOf<keyof Ours.UpdateImageStorageClassResponse>().toEqualTypeOf<
      keyof Out<Sdk.UpdateImageStorageClassCommandOutput>
    >();
  });
  it('ListImages', () => {
    expectTypeOf<Ours.ListImagesRequest>().toExtend<Sdk.ListImagesCommandInput>();
    expectTypeOf<Sdk.ListImagesCommandInput>().toExtend<Ours.ListImagesRequest>();
    expectTypeOf<keyof Ours.ListImagesRequest>().toEqualTypeOf<keyof Sdk.ListImagesCommandInput>();
    expectTypeOf<Ours.ListImagesResponse>().toExtend<Out<Sdk.ListImagesCommandOutput>>();
    expectTypeOf<Out<Sdk.ListImagesCommandOutput>>().toExtend<Ours.ListImagesResponse>();
    expectTypeOf<keyof Ours.ListImagesResponse>().toEqualTypeOf<keyof Out<Sdk.ListImagesCommandOutput>>();
  });
  it('BatchGetImage', () => {
    expectTypeOf<Ours.BatchGetImageRequest>().toExtend<Sdk.BatchGetImageCommandInput>();
    expectTypeOf<Sdk.BatchGetImageCommandInput>().toExtend<Ours.BatchGetImageRequest>();
    expectTypeOf<keyof Ours.BatchGetImageRequest>().toEqualTypeOf<keyof Sdk.BatchGetImageCommandInput>();
    expectTypeOf<Ours.BatchGetImageResponse>().toExtend<Out<Sdk.BatchGetImageCommandOutput>>();
    expectTypeOf<Out<Sdk.BatchGetImageCommandOutput>>().toExtend<Ours.BatchGetImageResponse>();
    expectTypeOf<keyof Ours.BatchGetImageResponse>().toEqualTypeOf<
      keyof Out<Sdk.BatchGetImageCommandOutput>
    >();
  });
  it('PutImageTagMutability', () => {
    expectTypeOf<Ours.PutImageTagMutabilityRequest>().toExtend<Sdk.PutImageTagMutabilityCommandInput>();
    expectTypeOf<Sdk.PutImageTagMutabilityCommandInput>().toExtend<Ours.PutImageTagMutabilityRequest>();
    expectTypeOf<keyof Ours.PutImageTagMutabilityRequest>().toEqualTypeOf<
      keyof Sdk.PutImageTagMutabilityCommandInput
    >();
    expectTypeOf<Ours.PutImageTagMutabilityResponse>().toExtend<
      Out<Sdk.PutImageTagMutabilityCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.PutImageTagMutabilityCommandOutput>
    >().toExtend<Ours.PutImageTagMutabilityResponse>();
    expectTypeOf<keyof Ours.PutImageTagMutabilityResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutImageTagMutabilityCommandOutput>
    >();
  });
  it('TagResource', () => {
    expectTypeOf<Ours.TagResourceRequest>().toExtend<Sdk.TagResourceCommandInput>();
    expectTypeOf<Sdk.TagResourceCommandInput>().toExtend<Ours.TagResourceRequest>();
    expectTypeOf<keyof Ours.TagResourceRequest>().toEqualTypeOf<keyof Sdk.TagResourceCommandInput>();
    expectTypeOf<Ours.TagResourceResponse>().toExtend<Out<Sdk.TagResourceCommandOutput>>();
    expectTypeOf<Out<Sdk.TagResourceCommandOutput>>().toExtend<Ours.TagResourceResponse>();
    expectTypeOf<keyof Ours.TagResourceResponse>().toEqualTypeOf<keyof Out<Sdk.TagResourceCommandOutput>>();
  });
  it('UntagResource', () => {
    expectTypeOf<Ours.UntagResourceRequest>().toExtend<Sdk.UntagResourceCommandInput>();
    expectTypeOf<Sdk.UntagResourceCommandInput>().toExtend<Ours.UntagResourceRequest>();
    expectTypeOf<keyof Ours.UntagResourceRequest>().toEqualTypeOf<keyof Sdk.UntagResourceCommandInput>();
    expectTypeOf<Ours.UntagResourceResponse>().toExtend<Out<Sdk.UntagResourceCommandOutput>>();
    expectTypeOf<Out<Sdk.UntagResourceCommandOutput>>().toExtend<Ours.UntagResourceResponse>();
    expectTypeOf<keyof Ours.UntagResourceResponse>().toEqualTypeOf<
      keyof Out<Sdk.UntagResourceCommandOutput>
    >();
  });
  it('ListTagsForResource', () => {
    expectTypeOf<Ours.ListTagsForResourceRequest>().toExtend<Sdk.ListTagsForResourceCommandInput>();
    expectTypeOf<Sdk.ListTagsForResourceCommandInput>().toExtend<Ours.ListTagsForResourceRequest>();
    expectTypeOf<keyof Ours.ListTagsForResourceRequest>().toEqualTypeOf<
      keyof Sdk.ListTagsForResourceCommandInput
    >();
    expectTypeOf<Ours.ListTagsForResourceResponse>().toExtend<Out<Sdk.ListTagsForResourceCommandOutput>>();
    expectTypeOf<Out<Sdk.ListTagsForResourceCommandOutput>>().toExtend<Ours.ListTagsForResourceResponse>();
    expectTypeOf<keyof Ours.ListTagsForResourceResponse>().toEqualTypeOf<
      keyof Out<Sdk.ListTagsForResourceCommandOutput>
    >();
  });
  it('SetRepositoryPolicy', () => {
    expectTypeOf<Ours.SetRepositoryPolicyRequest>().toExtend<Sdk.SetRepositoryPolicyCommandInput>();
    expectTypeOf<Sdk.SetRepositoryPolicyCommandInput>().toExtend<Ours.SetRepositoryPolicyRequest>();
    expectTypeOf<keyof Ours.SetRepositoryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.SetRepositoryPolicyCommandInput
    >();
    expectTypeOf<Ours.SetRepositoryPolicyResponse>().toExtend<Out<Sdk.SetRepositoryPolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.SetRepositoryPolicyCommandOutput>>().toExtend<Ours.SetRepositoryPolicyResponse>();
    expectTypeOf<keyof Ours.SetRepositoryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.SetRepositoryPolicyCommandOutput>
    >();
  });
  it('GetRepositoryPolicy', () => {
    expectTypeOf<Ours.GetRepositoryPolicyRequest>().toExtend<Sdk.GetRepositoryPolicyCommandInput>();
    expectTypeOf<Sdk.GetRepositoryPolicyCommandInput>().toExtend<Ours.GetRepositoryPolicyRequest>();
    expectTypeOf<keyof Ours.GetRepositoryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.GetRepositoryPolicyCommandInput
    >();
    expectTypeOf<Ours.GetRepositoryPolicyResponse>().toExtend<Out<Sdk.GetRepositoryPolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.GetRepositoryPolicyCommandOutput>>().toExtend<Ours.GetRepositoryPolicyResponse>();
    expectTypeOf<keyof Ours.GetRepositoryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetRepositoryPolicyCommandOutput>
    >();
  });
  it('DeleteRepositoryPolicy', () => {
    expectTypeOf<Ours.DeleteRepositoryPolicyRequest>().toExtend<Sdk.DeleteRepositoryPolicyCommandInput>();
    expectTypeOf<Sdk.DeleteRepositoryPolicyCommandInput>().toExtend<Ours.DeleteRepositoryPolicyRequest>();
    expectTypeOf<keyof Ours.DeleteRepositoryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.DeleteRepositoryPolicyCommandInput
    >();
    expectTypeOf<Ours.DeleteRepositoryPolicyResponse>().toExtend<
      Out<Sdk.DeleteRepositoryPolicyCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.DeleteRepositoryPolicyCommandOutput>
    >().toExtend<Ours.DeleteRepositoryPolicyResponse>();
    expectTypeOf<keyof Ours.DeleteRepositoryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.DeleteRepositoryPolicyCommandOutput>
    >();
  });
  it('PutLifecyclePolicy', () => {
    expectTypeOf<Ours.PutLifecyclePolicyRequest>().toExtend<Sdk.PutLifecyclePolicyCommandInput>();
    expectTypeOf<Sdk.PutLifecyclePolicyCommandInput>().toExtend<Ours.PutLifecyclePolicyRequest>();
    expectTypeOf<keyof Ours.PutLifecyclePolicyRequest>().toEqualTypeOf<
      keyof Sdk.PutLifecyclePolicyCommandInput
    >();
    expectTypeOf<Ours.PutLifecyclePolicyResponse>().toExtend<Out<Sdk.PutLifecyclePolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.PutLifecyclePolicyCommandOutput>>().toExtend<Ours.PutLifecyclePolicyResponse>();
    expectTypeOf<keyof Ours.PutLifecyclePolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutLifecyclePolicyCommandOutput>
    >();
  });
  it('GetLifecyclePolicy', () => {
    expectTypeOf<Ours.GetLifecyclePolicyRequest>().toExtend<Sdk.GetLifecyclePolicyCommandInput>();
    expectTypeOf<Sdk.GetLifecyclePolicyCommandInput>().toExtend<Ours.GetLifecyclePolicyRequest>();
    expectTypeOf<keyof Ours.GetLifecyclePolicyRequest>().toEqualTypeOf<
      keyof Sdk.GetLifecyclePolicyCommandInput
    >();
    expectTypeOf<Ours.GetLifecyclePolicyResponse>().toExtend<Out<Sdk.GetLifecyclePolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.GetLifecyclePolicyCommandOutput>>().toExtend<Ours.GetLifecyclePolicyResponse>();
    expectTypeOf<keyof Ours.GetLifecyclePolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetLifecyclePolicyCommandOutput>
    >();
  });
  it('DeleteLifecyclePolicy', () => {
    expectTypeOf<Ours.DeleteLifecyclePolicyRequest>().toExtend<Sdk.DeleteLifecyclePolicyCommandInput>();
    expectTypeOf<Sdk.DeleteLifecyclePolicyCommandInput>().toExtend<Ours.DeleteLifecyclePolicyRequest>();
    expectTypeOf<keyof Ours.DeleteLifecyclePolicyRequest>().toEqualTypeOf<
      keyof Sdk.DeleteLifecyclePolicyCommandInput
    >();
    expectTypeOf<Ours.DeleteLifecyclePolicyResponse>().toExtend<
      Out<Sdk.DeleteLifecyclePolicyCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.DeleteLifecyclePolicyCommandOutput>
    >().toExtend<Ours.DeleteLifecyclePolicyResponse>();
    expectTypeOf<keyof Ours.DeleteLifecyclePolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.DeleteLifecyclePolicyCommandOutput>
    >();
  });
  it('GetAuthorizationToken', () => {
    expectTypeOf<Ours.GetAuthorizationTokenRequest>().toExtend<Sdk.GetAuthorizationTokenCommandInput>();
    expectTypeOf<Sdk.GetAuthorizationTokenCommandInput>().toExtend<Ours.GetAuthorizationTokenRequest>();
    expectTypeOf<keyof Ours.GetAuthorizationTokenRequest>().toEqualTypeOf<
      keyof Sdk.GetAuthorizationTokenCommandInput
    >();
    expectTypeOf<Ours.GetAuthorizationTokenResponse>().toExtend<
      Out<Sdk.GetAuthorizationTokenCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.GetAuthorizationTokenCommandOutput>
    >().toExtend<Ours.GetAuthorizationTokenResponse>();
    expectTypeOf<keyof Ours.GetAuthorizationTokenResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetAuthorizationTokenCommandOutput>
    >();
  });
  it('DescribeRegistry', () => {
    expectTypeOf<Ours.DescribeRegistryRequest>().toExtend<Sdk.DescribeRegistryCommandInput>();
    expectTypeOf<Sdk.DescribeRegistryCommandInput>().toExtend<Ours.DescribeRegistryRequest>();
    expectTypeOf<keyof Ours.DescribeRegistryRequest>().toEqualTypeOf<
      keyof Sdk.DescribeRegistryCommandInput
    >();
    expectTypeOf<Ours.DescribeRegistryResponse>().toExtend<Out<Sdk.DescribeRegistryCommandOutput>>();
    expectTypeOf<Out<Sdk.DescribeRegistryCommandOutput>>().toExtend<Ours.DescribeRegistryResponse>();
    expectTypeOf<keyof Ours.DescribeRegistryResponse>().toEqualTypeOf<
      keyof Out<Sdk.DescribeRegistryCommandOutput>
    >();
  });
  it('PutRegistryPolicy', () => {
    expectTypeOf<Ours.PutRegistryPolicyRequest>().toExtend<Sdk.PutRegistryPolicyCommandInput>();
    expectTypeOf<Sdk.PutRegistryPolicyCommandInput>().toExtend<Ours.PutRegistryPolicyRequest>();
    expectTypeOf<keyof Ours.PutRegistryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.PutRegistryPolicyCommandInput
    >();
    expectTypeOf<Ours.PutRegistryPolicyResponse>().toExtend<Out<Sdk.PutRegistryPolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.PutRegistryPolicyCommandOutput>>().toExtend<Ours.PutRegistryPolicyResponse>();
    expectTypeOf<keyof Ours.PutRegistryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutRegistryPolicyCommandOutput>
    >();
  });
  it('GetRegistryPolicy', () => {
    expectTypeOf<Ours.GetRegistryPolicyRequest>().toExtend<Sdk.GetRegistryPolicyCommandInput>();
    expectTypeOf<Sdk.GetRegistryPolicyCommandInput>().toExtend<Ours.GetRegistryPolicyRequest>();
    expectTypeOf<keyof Ours.GetRegistryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.GetRegistryPolicyCommandInput
    >();
    expectTypeOf<Ours.GetRegistryPolicyResponse>().toExtend<Out<Sdk.GetRegistryPolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.GetRegistryPolicyCommandOutput>>().toExtend<Ours.GetRegistryPolicyResponse>();
    expectTypeOf<keyof Ours.GetRegistryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetRegistryPolicyCommandOutput>
    >();
  });
  it('DeleteRegistryPolicy', () => {
    expectTypeOf<Ours.DeleteRegistryPolicyRequest>().toExtend<Sdk.DeleteRegistryPolicyCommandInput>();
    expectTypeOf<Sdk.DeleteRegistryPolicyCommandInput>().toExtend<Ours.DeleteRegistryPolicyRequest>();
    expectTypeOf<keyof Ours.DeleteRegistryPolicyRequest>().toEqualTypeOf<
      keyof Sdk.DeleteRegistryPolicyCommandInput
    >();
    expectTypeOf<Ours.DeleteRegistryPolicyResponse>().toExtend<Out<Sdk.DeleteRegistryPolicyCommandOutput>>();
    expectTypeOf<Out<Sdk.DeleteRegistryPolicyCommandOutput>>().toExtend<Ours.DeleteRegistryPolicyResponse>();
    expectTypeOf<keyof Ours.DeleteRegistryPolicyResponse>().toEqualTypeOf<
      keyof Out<Sdk.DeleteRegistryPolicyCommandOutput>
    >();
  });
  it('BatchGetRepositoryScanningConfiguration', () => {
    expectTypeOf<Ours.BatchGetRepositoryScanningConfigurationRequest>().toExtend<Sdk.BatchGetRepositoryScanningConfigurationCommandInput>();
    expectTypeOf<Sdk.BatchGetRepositoryScanningConfigurationCommandInput>().toExtend<Ours.BatchGetRepositoryScanningConfigurationRequest>();
    expectTypeOf<keyof Ours.BatchGetRepositoryScanningConfigurationRequest>().toEqualTypeOf<
      keyof Sdk.BatchGetRepositoryScanningConfigurationCommandInput
    >();
    expectTypeOf<Ours.BatchGetRepositoryScanningConfigurationResponse>().toExtend<
      Out<Sdk.BatchGetRepositoryScanningConfigurationCommandOutput>
    >();
    expectTypeOf<
      Out<Sdk.BatchGetRepositoryScanningConfigurationCommandOutput>
    >().toExtend<Ours.BatchGetRepositoryScanningConfigurationResponse>();
    expectTypeOf<keyof Ours.BatchGetRepositoryScanningConfigurationResponse>().toEqualTypeOf<
      keyof Out<Sdk.BatchGetRepositoryScanningConfigurationCommandOutput>
    >();
  });
  it('GetAccountSetting', () => {
    expectTypeOf<Ours.GetAccountSettingRequest>().toExtend<Sdk.GetAccountSettingCommandInput>();
    expectTypeOf<Sdk.GetAccountSettingCommandInput>().toExtend<Ours.GetAccountSettingRequest>();
    expectTypeOf<keyof Ours.GetAccountSettingRequest>().toEqualTypeOf<
      keyof Sdk.GetAccountSettingCommandInput
    >();
    expectTypeOf<Ours.GetAccountSettingResponse>().toExtend<Out<Sdk.GetAccountSettingCommandOutput>>();
    expectTypeOf<Out<Sdk.GetAccountSettingCommandOutput>>().toExtend<Ours.GetAccountSettingResponse>();
    expectTypeOf<keyof Ours.GetAccountSettingResponse>().toEqualTypeOf<
      keyof Out<Sdk.GetAccountSettingCommandOutput>
    >();
  });
  it('PutAccountSetting', () => {
    expectTypeOf<Ours.PutAccountSettingRequest>().toExtend<Sdk.PutAccountSettingCommandInput>();
    expectTypeOf<Sdk.PutAccountSettingCommandInput>().toExtend<Ours.PutAccountSettingRequest>();
    expectTypeOf<keyof Ours.PutAccountSettingRequest>().toEqualTypeOf<
      keyof Sdk.PutAccountSettingCommandInput
    >();
    expectTypeOf<Ours.PutAccountSettingResponse>().toExtend<Out<Sdk.PutAccountSettingCommandOutput>>();
    expectTypeOf<Out<Sdk.PutAccountSettingCommandOutput>>().toExtend<Ours.PutAccountSettingResponse>();
    expectTypeOf<keyof Ours.PutAccountSettingResponse>().toEqualTypeOf<
      keyof Out<Sdk.PutAccountSettingCommandOutput>
    >();
  });
});

describe('data shapes equal the SDK types (both directions, same members)', () => {
  it('Attribute', () => {
    expectTypeOf<Ours.Attribute>().toExtend<Sdk.Attribute>();
    expectTypeOf<Sdk.Attribute>().toExtend<Ours.Attribute>();
    expectTypeOf<keyof Ours.Attribute>().toEqualTypeOf<keyof Sdk.Attribute>();
  });
  it('AwsEcrContainerImageDetails', () => {
    expectTypeOf<Ours.AwsEcrContainerImageDetails>().toExtend<Sdk.AwsEcrContainerImageDetails>();
    expectTypeOf<Sdk.AwsEcrContainerImageDetails>().toExtend<Ours.AwsEcrContainerImageDetails>();
    expectTypeOf<keyof Ours.AwsEcrContainerImageDetails>().toEqualTypeOf<
      keyof Sdk.AwsEcrContainerImageDetails
    >();
  });
  it('CvssScore', () => {
    expectTypeOf<Ours.CvssScore>().toExtend<Sdk.CvssScore>();
    expectTypeOf<Sdk.CvssScore>().toExtend<Ours.CvssScore>();
    expectTypeOf<keyof Ours.CvssScore>().toEqualTypeOf<keyof Sdk.CvssScore>();
  });
  it('CvssScoreAdjustment', () => {
    expectTypeOf<Ours.CvssScoreAdjustment>().toExtend<Sdk.CvssScoreAdjustment>();
    expectTypeOf<Sdk.CvssScoreAdjustment>().toExtend<Ours.CvssScoreAdjustment>();
    expectTypeOf<keyof Ours.CvssScoreAdjustment>().toEqualTypeOf<keyof Sdk.CvssScoreAdjustment>();
  });
  it('CvssScoreDetails', () => {
    expectTypeOf<Ours.CvssScoreDetails>().toExtend<Sdk.CvssScoreDetails>();
    expectTypeOf<Sdk.CvssScoreDetails>().toExtend<Ours.CvssScoreDetails>();
    expectTypeOf<keyof Ours.CvssScoreDetails>().toEqualTypeOf<keyof Sdk.CvssScoreDetails>();
  });
  it('DescribeImagesFilter', () => {
    expectTypeOf<Ours.DescribeImagesFilter>().toExtend<Sdk.DescribeImagesFilter>();
    expectTypeOf<Sdk.DescribeImagesFilter>().toExtend<Ours.DescribeImagesFilter>();
    expectTypeOf<keyof Ours.DescribeImagesFilter>().toEqualTypeOf<keyof Sdk.DescribeImagesFilter>();
  });
  it('EncryptionConfiguration', () => {
    expectTypeOf<Ours.EncryptionConfiguration>().toExtend<Sdk.EncryptionConfiguration>();
    expectTypeOf<Sdk.EncryptionConfiguration>().toExtend<Ours.EncryptionConfiguration>();
    expectTypeOf<keyof Ours.EncryptionConfiguration>().toEqualTypeOf<keyof Sdk.EncryptionConfiguration>();
  });
  it('EnhancedImageScanFinding', () => {
    expectTypeOf<Ours.EnhancedImageScanFinding>().toExtend<Sdk.EnhancedImageScanFinding>();
    expectTypeOf<Sdk.EnhancedImageScanFinding>().toExtend<Ours.EnhancedImageScanFinding>();
    expectTypeOf<keyof Ours.EnhancedImageScanFinding>().toEqualTypeOf<keyof Sdk.EnhancedImageScanFinding>();
  });
  it('Image', () => {
    expectTypeOf<Ours.Image>().toExtend<Sdk.Image>();
    expectTypeOf<Sdk.Image>().toExtend<Ours.Image>();
    expectTypeOf<keyof Ours.Image>().toEqualTypeOf<keyof Sdk.Image>();
  });
  it('ImageDetail', () => {
    expectTypeOf<Ours.ImageDetail>().toExtend<Sdk.ImageDetail>();
    expectTypeOf<Sdk.ImageDetail>().toExtend<Ours.ImageDetail>();
    expectTypeOf<keyof Ours.ImageDetail>().toEqualTypeOf<keyof Sdk.ImageDetail>();
  });
  it('ImageFailure', () => {
    expectTypeOf<Ours.ImageFailure>().toExtend<Sdk.ImageFailure>();
    expectTypeOf<Sdk.ImageFailure>().toExtend<Ours.ImageFailure>();
    expectTypeOf<keyof Ours.ImageFailure>().toEqualTypeOf<keyof Sdk.ImageFailure>();
  });
  it('ImageIdentifier', () => {
    expectTypeOf<Ours.ImageIdentifier>().toExtend<Sdk.ImageIdentifier>();
    expectTypeOf<Sdk.ImageIdentifier>().toExtend<Ours.ImageIdentifier>();
    expectTypeOf<keyof Ours.ImageIdentifier>().toEqualTypeOf<keyof Sdk.ImageIdentifier>();
  });
  it('ImageScanFinding', () => {
    expectTypeOf<Ours.ImageScanFinding>().toExtend<Sdk.ImageScanFinding>();
    expectTypeOf<Sdk.ImageScanFinding>().toExtend<Ours.ImageScanFinding>();
    expectTypeOf<keyof Ours.ImageScanFinding>().toEqualTypeOf<keyof Sdk.ImageScanFinding>();
  });
  it('ImageScanFindings', () => {
    expectTypeOf<Ours.ImageScanFindings>().toExtend<Sdk.ImageScanFindings>();
    expectTypeOf<Sdk.ImageScanFindings>().toExtend<Ours.ImageScanFindings>();
    expectTypeOf<keyof Ours.ImageScanFindings>().toEqualTypeOf<keyof Sdk.ImageScanFindings>();
  });
  it('ImageScanFindingsSummary', () => {
    expectTypeOf<Ours.ImageScanFindingsSummary>().toExtend<Sdk.ImageScanFindingsSummary>();
    expectTypeOf<Sdk.ImageScanFindingsSummary>().toExtend<Ours.ImageScanFindingsSummary>();
    expectTypeOf<keyof Ours.ImageScanFindingsSummary>().toEqualTypeOf<keyof Sdk.ImageScanFindingsSummary>();
  });
  it('ImageScanningConfiguration', () => {
    expectTypeOf<Ours.ImageScanningConfiguration>().toExtend<Sdk.ImageScanningConfiguration>();
    expectTypeOf<Sdk.ImageScanningConfiguration>().toExtend<Ours.ImageScanningConfiguration>();
    expectTypeOf<keyof Ours.ImageScanningConfiguration>().toEqualTypeOf<
      keyof Sdk.ImageScanningConfiguration
    >();
  });
  it('ImageScanStatus', () => {
    expectTypeOf<Ours.ImageScanStatus>().toExtend<Sdk.ImageScanStatus>();
    expectTypeOf<Sdk.ImageScanStatus>().toExtend<Ours.ImageScanStatus>();
    expectTypeOf<keyof Ours.ImageScanStatus>().toEqualTypeOf<keyof Sdk.ImageScanStatus>();
  });
  it('ImageTagMutabilityExclusionFilter', () => {
    expectTypeOf<Ours.ImageTagMutabilityExclusionFilter>().toExtend<Sdk.ImageTagMutabilityExclusionFilter>();
    expectTypeOf<Sdk.ImageTagMutabilityExclusionFilter>().toExtend<Ours.ImageTagMutabilityExclusionFilter>();
    expectTypeOf<keyof Ours.ImageTagMutabilityExclusionFilter>().toEqualTypeOf<
      keyof Sdk.ImageTagMutabilityExclusionFilter
    >();
  });
  it('PackageVulnerabilityDetails', () => {
    expectTypeOf<Ours.PackageVulnerabilityDetails>().toExtend<Sdk.PackageVulnerabilityDetails>();
    expectTypeOf<Sdk.PackageVulnerabilityDetails>().toExtend<Ours.PackageVulnerabilityDetails>();
    expectTypeOf<keyof Ours.PackageVulnerabilityDetails>().toEqualTypeOf<
      keyof Sdk.PackageVulnerabilityDetails
    >();
  });
  it('Recommendation', () => {
    expectTypeOf<Ours.Recommendation>().toExtend<Sdk.Recommendation>();
    expectTypeOf<Sdk.Recommendation>().toExtend<Ours.Recommendation>();
    expectTypeOf<keyof Ours.Recommendation>().toEqualTypeOf<keyof Sdk.Recommendation>();
  });
  it('RegistryScanningConfiguration', () => {
    expectTypeOf<Ours.RegistryScanningConfiguration>().toExtend<Sdk.RegistryScanningConfiguration>();
    expectTypeOf<Sdk.RegistryScanningConfiguration>().toExtend<Ours.RegistryScanningConfiguration>();
    expectTypeOf<keyof Ours.RegistryScanningConfiguration>().toEqualTypeOf<
      keyof Sdk.RegistryScanningConfiguration
    >();
  });
  it('RegistryScanningRule', () => {
    expectTypeOf<Ours.RegistryScanningRule>().toExtend<Sdk.RegistryScanningRule>();
    expectTypeOf<Sdk.RegistryScanningRule>().toExtend<Ours.RegistryScanningRule>();
    expectTypeOf<keyof Ours.RegistryScanningRule>().toEqualTypeOf<keyof Sdk.RegistryScanningRule>();
  });
  it('Remediation', () => {
    expectTypeOf<Ours.Remediation>().toExtend<Sdk.Remediation>();
    expectTypeOf<Sdk.Remediation>().toExtend<Ours.Remediation>();
    expectTypeOf<keyof Ours.Remediation>().toEqualTypeOf<keyof Sdk.Remediation>();
  });
  it('RepositoryScanningConfiguration', () => {
    expectTypeOf<Ours.RepositoryScanningConfiguration>().toExtend<Sdk.RepositoryScanningConfiguration>();
    expectTypeOf<Sdk.RepositoryScanningConfiguration>().toExtend<Ours.RepositoryScanningConfiguration>();
    expectTypeOf<keyof Ours.RepositoryScanningConfiguration>().toEqualTypeOf<
      keyof Sdk.RepositoryScanningConfiguration
    >();
  });
  it('RepositoryScanningConfigurationFailure', () => {
    expectTypeOf<Ours.RepositoryScanningConfigurationFailure>().toExtend<Sdk.RepositoryScanningConfigurationFailure>();
    expectTypeOf<Sdk.RepositoryScanningConfigurationFailure>().toExtend<Ours.RepositoryScanningConfigurationFailure>();
    expectTypeOf<keyof Ours.RepositoryScanningConfigurationFailure>().toEqualTypeOf<
      keyof Sdk.RepositoryScanningConfigurationFailure
    >();
  });
  it('Repository', () => {
    expectTypeOf<Ours.Repository>().toExtend<Sdk.Repository>();
    expectTypeOf<Sdk.Repository>().toExtend<Ours.Repository>();
    expectTypeOf<keyof Ours.Repository>().toEqualTypeOf<keyof Sdk.Repository>();
  });
  it('Resource', () => {
    expectTypeOf<Ours.Resource>().toExtend<Sdk.Resource>();
    expectTypeOf<Sdk.Resource>().toExtend<Ours.Resource>();
    expectTypeOf<keyof Ours.Resource>().toEqualTypeOf<keyof Sdk.Resource>();
  });
  it('ResourceDetails', () => {
    expectTypeOf<Ours.ResourceDetails>().toExtend<Sdk.ResourceDetails>();
    expectTypeOf<Sdk.ResourceDetails>().toExtend<Ours.ResourceDetails>();
    expectTypeOf<keyof Ours.ResourceDetails>().toEqualTypeOf<keyof Sdk.ResourceDetails>();
  });
  it('ScanningRepositoryFilter', () => {
    expectTypeOf<Ours.ScanningRepositoryFilter>().toExtend<Sdk.ScanningRepositoryFilter>();
    expectTypeOf<Sdk.ScanningRepositoryFilter>().toExtend<Ours.ScanningRepositoryFilter>();
    expectTypeOf<keyof Ours.ScanningRepositoryFilter>().toEqualTypeOf<keyof Sdk.ScanningRepositoryFilter>();
  });
  it('ScoreDetails', () => {
    expectTypeOf<Ours.ScoreDetails>().toExtend<Sdk.ScoreDetails>();
    expectTypeOf<Sdk.ScoreDetails>().toExtend<Ours.ScoreDetails>();
    expectTypeOf<keyof Ours.ScoreDetails>().toEqualTypeOf<keyof Sdk.ScoreDetails>();
  });
  it('Tag', () => {
    expectTypeOf<Ours.Tag>().toExtend<Sdk.Tag>();
    expectTypeOf<Sdk.Tag>().toExtend<Ours.Tag>();
    expectTypeOf<keyof Ours.Tag>().toEqualTypeOf<keyof Sdk.Tag>();
  });
  it('VulnerablePackage', () => {
    expectTypeOf<Ours.VulnerablePackage>().toExtend<Sdk.VulnerablePackage>();
    expectTypeOf<Sdk.VulnerablePackage>().toExtend<Ours.VulnerablePackage>();
    expectTypeOf<keyof Ours.VulnerablePackage>().toEqualTypeOf<keyof Sdk.VulnerablePackage>();
  });
  it('AuthorizationData', () => {
    expectTypeOf<Ours.AuthorizationData>().toExtend<Sdk.AuthorizationData>();
    expectTypeOf<Sdk.AuthorizationData>().toExtend<Ours.AuthorizationData>();
    expectTypeOf<keyof Ours.AuthorizationData>().toEqualTypeOf<keyof Sdk.AuthorizationData>();
  });
  it('ListImagesFilter', () => {
    expectTypeOf<Ours.ListImagesFilter>().toExtend<Sdk.ListImagesFilter>();
    expectTypeOf<Sdk.ListImagesFilter>().toExtend<Ours.ListImagesFilter>();
    expectTypeOf<keyof Ours.ListImagesFilter>().toEqualTypeOf<keyof Sdk.ListImagesFilter>();
  });
  it('ReplicationConfiguration', () => {
    expectTypeOf<Ours.ReplicationConfiguration>().toExtend<Sdk.ReplicationConfiguration>();
    expectTypeOf<Sdk.ReplicationConfiguration>().toExtend<Ours.ReplicationConfiguration>();
    expectTypeOf<keyof Ours.ReplicationConfiguration>().toEqualTypeOf<keyof Sdk.ReplicationConfiguration>();
  });
  it('ReplicationDestination', () => {
    expectTypeOf<Ours.ReplicationDestination>().toExtend<Sdk.ReplicationDestination>();
    expectTypeOf<Sdk.ReplicationDestination>().toExtend<Ours.ReplicationDestination>();
    expectTypeOf<keyof Ours.ReplicationDestination>().toEqualTypeOf<keyof Sdk.ReplicationDestination>();
  });
  it('ReplicationRule', () => {
    expectTypeOf<Ours.ReplicationRule>().toExtend<Sdk.ReplicationRule>();
    expectTypeOf<Sdk.ReplicationRule>().toExtend<Ours.ReplicationRule>();
    expectTypeOf<keyof Ours.ReplicationRule>().toEqualTypeOf<keyof Sdk.ReplicationRule>();
  });
  it('RepositoryFilter', () => {
    expectTypeOf<Ours.RepositoryFilter>().toExtend<Sdk.RepositoryFilter>();
    expectTypeOf<Sdk.RepositoryFilter>().toExtend<Ours.RepositoryFilter>();
    expectTypeOf<keyof Ours.RepositoryFilter>().toEqualTypeOf<keyof Sdk.RepositoryFilter>();
  });
});

describe('enums have exactly the SDK values', () => {
  it('EncryptionType', () => {
    expectTypeOf<Ours.EncryptionType>().toEqualTypeOf<Sdk.EncryptionType>();
  });
  it('FindingSeverity', () => {
    expectTypeOf<Ours.FindingSeverity>().toEqualTypeOf<Sdk.FindingSeverity>();
  });
  it('ImageFailureCode', () => {
    expectTypeOf<Ours.ImageFailureCode>().toEqualTypeOf<Sdk.ImageFailureCode>();
  });
  it('ImageStatus', () => {
    expectTypeOf<Ours.ImageStatus>().toEqualTypeOf<Sdk.ImageStatus>();
  });
  it('ImageStatusFilter', () => {
    expectTypeOf<Ours.ImageStatusFilter>().toEqualTypeOf<Sdk.ImageStatusFilter>();
  });
  it('ImageTagMutability', () => {
    expectTypeOf<Ours.ImageTagMutability>().toEqualTypeOf<Sdk.ImageTagMutability>();
  });
  it('ImageTagMutabilityExclusionFilterType', () => {
    expectTypeOf<Ours.ImageTagMutabilityExclusionFilterType>().toEqualTypeOf<Sdk.ImageTagMutabilityExclusionFilterType>();
  });
  it('ScanFrequency', () => {
    expectTypeOf<Ours.ScanFrequency>().toEqualTypeOf<Sdk.ScanFrequency>();
  });
  it('ScanningConfigurationFailureCode', () => {
    expectTypeOf<Ours.ScanningConfigurationFailureCode>().toEqualTypeOf<Sdk.ScanningConfigurationFailureCode>();
  });
  it('ScanningRepositoryFilterType', () => {
    expectTypeOf<Ours.ScanningRepositoryFilterType>().toEqualTypeOf<Sdk.ScanningRepositoryFilterType>();
  });
  it('RepositoryFilterType', () => {
    expectTypeOf<Ours.RepositoryFilterType>().toEqualTypeOf<Sdk.RepositoryFilterType>();
  });
  it('ScanStatus', () => {
    expectTypeOf<Ours.ScanStatus>().toEqualTypeOf<Sdk.ScanStatus>();
  });
  it('ScanType', () => {
    expectTypeOf<Ours.ScanType>().toEqualTypeOf<Sdk.ScanType>();
  });
  it('TagStatus', () => {
    expectTypeOf<Ours.TagStatus>().toEqualTypeOf<Sdk.TagStatus>();
  });
  it('TargetStorageClass', () => {
    expectTypeOf<Ours.TargetStorageClass>().toEqualTypeOf<Sdk.TargetStorageClass>();
  });

  it('OperationName lists commands the SDK has', () => {
    type SdkCommandNames = {
      [K in keyof typeof Sdk]: K extends `${infer Name}Command` ? Name : never;
    }[keyof typeof Sdk];
    expectTypeOf<Ours.OperationName>().toExtend<SdkCommandNames>();
  });
});
