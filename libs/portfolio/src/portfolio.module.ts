import { Module } from '@nestjs/common';
import { PortfolioReadModel } from './portfolio.read-model';
import { GetCoverageHandler, GetGapsHandler, GetOverlapClustersHandler } from './queries/portfolio.handlers';

/** The whole-portfolio views: coverage, gaps and overlap clusters. */
@Module({ providers: [PortfolioReadModel, GetCoverageHandler, GetGapsHandler, GetOverlapClustersHandler] })
export class PortfolioModule {}
